package com.getpaid.receivables.account;

/** How money moved: 银行转账, 现金, 支付宝, 微信, 承兑汇票 (named as in the JSON and the events). */
public enum PaymentMethod {
    BANK_TRANSFER, CASH, ALIPAY, WECHAT_PAY, BANK_ACCEPTANCE_BILL;

    /** The event's name for it, null when none was said. */
    public static String nameOf(PaymentMethod method) {
        return method == null ? null : method.name();
    }
}
