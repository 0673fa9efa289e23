package com.example.orders.adapters.http.auth;

import io.javalin.http.Context;

/** Handles a request whose caller has been authenticated and authorized. */
@FunctionalInterface
public interface SecuredHandler {

  void handle(Context ctx, Principal principal);
}
