package com.getpaid.complaint.workflow;

/** What a complaint is about: 购销合同, 服务, 货物运输, 商品质量. */
public enum Category {
    CONTRACT, SERVICE, SHIPPING, PRODUCT_QUALITY
}
