package com.example.orders.adapters.http.auth;

import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * An API route that only an authenticated caller with the right scope reaches.
 *
 * @param path a Javalin path template such as {@code /api/v1/orders/{id}}
 */
public record SecuredRoute(HandlerType method, String path, Access access, SecuredHandler handler) {

  public SecuredRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
  }
}
