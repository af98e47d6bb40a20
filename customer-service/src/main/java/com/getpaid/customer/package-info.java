/** customer-service: the customer card (客户资料卡), exposure (风险敞口) and supply holds (停止供货). */
package com.getpaid.customer;
