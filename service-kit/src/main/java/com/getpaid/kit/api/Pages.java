package com.getpaid.kit.api;

/** How much a list endpoint answers at once: never more than a page of free text (a larger size is a 400 naming it). */
public final class Pages {

    /** The largest page a list endpoint answers. */
    public static final int MAX = 100;

    private Pages() {
    }
}
