package com.getpaid.kit.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a handler does with each type of a sealed family of events, decided for every type: a table
 * that refuses to be built while a permitted type is neither handled nor listed as ignored. Kept in a
 * {@code static final} field, a forgotten type fails the class's initialisation, so the build's tests
 * fail the day a new event is added to the family (Java 17 has no exhaustive pattern switch).
 *
 * @param <C> what the handler works on (the aggregate, the projector's connection, a transaction)
 * @param <E> the sealed family
 */
public final class Dispatch<C, E> {

    /** Handles one type of event. */
    @FunctionalInterface
    public interface Handler<C, X> {
        void handle(C context, X event) throws Exception;
    }

    private static final Handler<Object, Object> IGNORE = (context, event) -> {
    };

    private final Class<E> family;
    private final Map<Class<?>, Handler<C, Object>> handlers;

    private Dispatch(Class<E> family, Map<Class<?>, Handler<C, Object>> handlers) {
        this.family = family;
        this.handlers = Map.copyOf(handlers);
    }

    /** A table over the sealed family {@code family} (an interface or class with {@code permits}). */
    public static <C, E> Builder<C, E> over(Class<E> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family.getName() + " is not sealed: a table over it could not know its types");
        }
        return new Builder<>(family);
    }

    /** Runs the event's handler; false when its type is one the table ignores. */
    public boolean handle(C context, E event) throws Exception {
        Handler<C, Object> handler = handlers.get(event.getClass());
        if (handler == null) {
            // only reachable with a type outside the family the table was built over
            throw new IllegalArgumentException(event.getClass().getName() + " is not a " + family.getName());
        }
        handler.handle(context, event);
        return handler != IGNORE;
    }

    /** As {@link #handle}, for handlers that throw nothing checked (an aggregate's apply). */
    public boolean apply(C context, E event) {
        try {
            return handle(context, event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the table acts on this type (false: ignored). */
    public boolean handles(Class<? extends E> type) {
        return handlers.get(type) != null && handlers.get(type) != IGNORE;
    }

    /** The concrete types of a sealed family, through sealed sub-families. */
    public static Set<Class<?>> concreteTypes(Class<?> family) {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(family, types);
        return types;
    }

    private static void collect(Class<?> type, Set<Class<?>> into) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collect(sub, into);
            }
        } else {
            into.add(type);
        }
    }

    public static final class Builder<C, E> {
        private final Class<E> family;
        private final Map<Class<?>, Handler<C, Object>> handlers = new HashMap<>();

        private Builder(Class<E> family) {
            this.family = family;
        }

        /** What to do with events of {@code type}. */
        @SuppressWarnings("unchecked")
        public <X extends E> Builder<C, E> on(Class<X> type, Handler<? super C, ? super X> handler) {
            put(type, (Handler<C, Object>) (Handler<?, ?>) handler);
            return this;
        }

        /** Types this handler has nothing to do with, said out loud. */
        @SuppressWarnings("unchecked")
        @SafeVarargs
        public final Builder<C, E> ignore(Class<? extends E>... types) {
            for (Class<? extends E> type : types) {
                put(type, (Handler<C, Object>) (Handler<?, ?>) IGNORE);
            }
            return this;
        }

        /** The table; refused while a type of the family is neither handled nor ignored. */
        public Dispatch<C, E> build() {
            List<String> missing = new ArrayList<>();
            for (Class<?> type : concreteTypes(family)) {
                if (!handlers.containsKey(type)) {
                    missing.add(type.getSimpleName());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Events of " + family.getSimpleName() + " neither handled nor ignored: "
                        + missing + " (add .on(...) or .ignore(...) for each)");
            }
            return new Dispatch<>(family, handlers);
        }

        private void put(Class<?> type, Handler<C, Object> handler) {
            if (!concreteTypes(family).contains(type)) {
                throw new IllegalArgumentException(type.getName() + " is not a concrete " + family.getName());
            }
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException(type.getSimpleName() + " is named twice in the table over "
                        + family.getSimpleName());
            }
        }
    }
}
