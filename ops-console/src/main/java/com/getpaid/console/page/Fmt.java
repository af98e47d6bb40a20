package com.getpaid.console.page;

import com.getpaid.console.services.Absent;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * How a page writes money, dates, times and coded values for the reader: money with its currency's minor digits and
 * the language's grouping; times in the business zone; a code (a stage, a status) in the page's language when the
 * labels have a word for it, else as the service sent it.
 */
@TemplateData
public final class Fmt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final Map<String, String> words;
    private final ZoneId zone;

    public Fmt(String lang, Map<String, String> words, ZoneId zone) {
        this.locale = Locale.forLanguageTag(lang);
        this.words = words;
        this.zone = zone;
    }

    /** 12,345.60 CNY: the currency's minor digits, whatever the service sent. */
    public String money(Object amount, Object currency) {
        if (Absent.is(amount)) {
            return "";
        }
        BigDecimal value = new BigDecimal(String.valueOf(amount));
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(String.valueOf(currency)).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            // an unknown code is shown as sent, with two digits
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value) + (currency == null ? "" : " " + currency);
    }

    /** A plain number, grouped as the language groups it. */
    public String number(Object value) {
        if (Absent.is(value)) {
            return "";
        }
        return NumberFormat.getNumberInstance(locale).format(new BigDecimal(String.valueOf(value)));
    }

    /** An instant (ISO-8601) as the business zone's date and time. */
    public String time(Object instant) {
        if (Absent.is(instant)) {
            return "";
        }
        return TIME.format(Instant.parse(String.valueOf(instant)).atZone(zone));
    }

    /** An instant's or a date's business day. */
    public String date(Object value) {
        if (Absent.is(value)) {
            return "";
        }
        String text = String.valueOf(value);
        return text.length() > 10 ? Instant.parse(text).atZone(zone).toLocalDate().toString() : LocalDate.parse(text).toString();
    }

    /** A coded value in the page's language: the label {@code group.CODE} if there is one, else the code. */
    public String code(String group, Object value) {
        if (Absent.is(value)) {
            return "";
        }
        return words.getOrDefault(group + "." + value, String.valueOf(value));
    }

    /** A percentage as sent (already rounded by the service), or a dash. */
    public String percent(Object value) {
        return Absent.is(value) ? "–" : number(value) + " %";
    }

    /** The value, or where the service sent nothing, the other (a name, else the id; a dash). */
    public Object or(Object value, Object otherwise) {
        return Absent.is(value) ? otherwise : value;
    }

    /** A field of a service's answer by a name that is not a plain word ({@code 1-30}, a code held in a variable). */
    public Object at(Object doc, String field) {
        return doc instanceof com.getpaid.console.services.Doc d ? d.get(field) : Absent.INSTANCE;
    }

}
