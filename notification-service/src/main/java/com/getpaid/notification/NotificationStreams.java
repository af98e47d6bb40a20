package com.getpaid.notification;

import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.kit.command.StreamKind;
import com.getpaid.kit.dispatch.Dispatch;
import java.util.List;
import java.util.function.Function;

/** The service's streams (a message, a task): {@code <prefix><id>}, a state made fresh and kept by its apply table. */
public final class NotificationStreams {

    public static <S> StreamKind<S, NotificationEvent> of(String prefix, Function<String, S> fresh,
            Dispatch<S, NotificationEvent> apply) {
        return new StreamKind<>() {
            @Override
            public String streamId(String id) {
                return prefix + id;
            }

            @Override
            public S replay(String id, List<NotificationEvent> history) {
                S state = fresh.apply(id);
                history.forEach(e -> apply(state, e));
                return state;
            }

            @Override
            public void apply(S state, NotificationEvent event) {
                apply.apply(state, event);
            }
        };
    }

    private NotificationStreams() {
    }
}
