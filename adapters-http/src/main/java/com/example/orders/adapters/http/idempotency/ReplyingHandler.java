package com.example.orders.adapters.http.idempotency;

import com.example.orders.adapters.http.auth.Principal;
import io.javalin.http.Context;

/** A route handler that answers with a {@link Reply} instead of writing to the response. */
@FunctionalInterface
public interface ReplyingHandler {

  Reply reply(Context ctx, Principal caller);
}
