package com.getpaid.kit.command;

import com.getpaid.events.DomainEvent;
import java.util.List;
import java.util.Optional;

/** What a decision produced, in order, with typed look-ups instead of {@code instanceof} chains. */
public record Decided<E extends DomainEvent>(List<E> events) {

    public Decided {
        events = List.copyOf(events);
    }

    /** The events of one type, in order. */
    public <X extends E> List<X> all(Class<X> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The first event of a type, if one was decided. */
    public <X extends E> Optional<X> first(Class<X> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The event of a type the decision always makes (a payment received); a programming error when missing. */
    public <X extends E> X one(Class<X> type) {
        return first(type).orElseThrow(() -> new IllegalStateException("the decision made no " + type.getSimpleName()));
    }

    /** The last event decided: the answer of most commands. */
    public E last() {
        return events.get(events.size() - 1);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
