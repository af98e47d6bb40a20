package com.getpaid.notification.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The seller's own people as mail recipients. The card names an account manager by login (li.na); the address is the
 * login at the staff mail domain, so no directory is copied here. Alerts without an account manager go to the credit
 * desk.
 */
@ConfigMapping(prefix = "notification.staff")
public interface Staff {

    @WithDefault("seller.example")
    String emailDomain();

    /** Who gets alerts for customers without an account manager. */
    @WithDefault("credit-desk")
    String creditDesk();

    /** The language of alerts to staff (en or zh-CN). */
    @WithDefault("en")
    String language();

    default String addressOf(String login) {
        return (login == null ? creditDesk() : login) + "@" + emailDomain();
    }
}
