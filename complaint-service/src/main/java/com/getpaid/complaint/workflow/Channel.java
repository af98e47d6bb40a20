package com.getpaid.complaint.workflow;

/** How the complaint reached the desk. */
public enum Channel {
    PHONE, FAX, VISIT, EMAIL
}
