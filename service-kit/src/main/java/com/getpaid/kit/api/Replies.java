package com.getpaid.kit.api;

import com.getpaid.kit.command.Answer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A command's answer as HTTP: 201 when it created something, 202 when it is a request waiting for
 * approval, 200 when it found things so already.
 */
public final class Replies {

    public static Response of(Answer<?> answer) {
        return Response.status(answer.status()).entity(answer.json()).type(MediaType.APPLICATION_JSON).build();
    }

    private Replies() {
    }
}
