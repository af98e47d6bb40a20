package com.getpaid.complaint.due;

import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test-only kind of due work: notes the keys it was handed and is done with them. */
@ApplicationScoped
public class TestPingHandler implements DueWorkHandler {

    static final String KIND = "test-ping";

    private final List<String> pinged = new CopyOnWriteArrayList<>();

    /** The keys handled so far (a method: the test holds a client proxy, whose fields are not the bean's). */
    public List<String> pinged() {
        return pinged;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) {
        pinged.add(item.key());
        return Optional.empty();
    }
}
