package com.example.orders.adapters.http;

import com.example.orders.adapters.http.auth.SecuredRoute;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps a literal path to its own methods. Javalin runs the first route that matches, so without
 * this {@code GET /api/v1/orders/exports}, declared for {@code POST} only, would reach
 * {@code GET /api/v1/orders/{id}} and answer as an order id; here it is {@code 405} with
 * {@code Allow}, as for any other method a path does not support.
 */
final class LiteralPaths {

  private LiteralPaths() {}

  /** Registers the refusals; call it before the routes themselves. */
  static void refuseUndeclaredMethods(RoutesConfig routes, List<SecuredRoute> secured) {
    Set<HandlerType> templated = new LinkedHashSet<>();
    Map<String, Set<HandlerType>> literal = new LinkedHashMap<>();
    for (SecuredRoute route : secured) {
      // a GET route answers HEAD too
      List<HandlerType> methods =
          route.method() == HandlerType.GET
              ? List.of(HandlerType.GET, HandlerType.HEAD)
              : List.of(route.method());
      if (route.path().contains("{")) {
        templated.addAll(methods);
      } else {
        literal.computeIfAbsent(route.path(), path -> new LinkedHashSet<>()).addAll(methods);
      }
    }
    literal.forEach(
        (path, declared) -> {
          String allow = declared.stream().map(HandlerType::name).collect(Collectors.joining(", "));
          Map<String, String> details = Map.of("availableMethods", allow);
          templated.stream()
              .filter(method -> !declared.contains(method))
              .forEach(
                  method ->
                      routes.addHttpHandler(
                          method,
                          path,
                          ctx -> {
                            throw new MethodNotAllowedResponse("Method not allowed", details);
                          }));
        });
  }
}
