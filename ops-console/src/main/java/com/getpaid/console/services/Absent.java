package com.getpaid.console.services;

import io.quarkus.qute.Mapper;
import java.util.Collections;
import java.util.Iterator;

/**
 * What a template reads where a service sent nothing: it prints as nothing, is false in an {@code #if}, is an empty
 * list in a {@code #for}, and any field of it is again nothing. So {@code card.credit.grade} of a customer never
 * assessed reads as nothing instead of failing the page, while a misspelt variable or label still fails it.
 */
public final class Absent implements Mapper, CharSequence, Iterable<Object> {

    public static final Absent INSTANCE = new Absent();

    private Absent() {
    }

    @Override
    public Object get(String key) {
        return this;
    }

    @Override
    public boolean appliesTo(String key) {
        return true;
    }

    @Override
    public int length() {
        return 0;
    }

    @Override
    public char charAt(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return this;
    }

    @Override
    public Iterator<Object> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public String toString() {
        return "";
    }

    /** Whether a value a template read is nothing: absent, null or blank. */
    public static boolean is(Object value) {
        return value == null || value instanceof Absent || String.valueOf(value).isBlank();
    }
}
