package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.FieldErrors;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import com.example.orders.application.order.ListOrders;
import com.example.orders.application.order.PageCursor;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.TenantId;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads path and query parameters into domain values. A malformed parameter is the client's URL
 * being wrong, so it is always {@code 400}; in particular an id that is not a UUID is {@code 400
 * order.id-invalid}, not {@code 404}, which tells a client with a bug apart from a missing order.
 */
final class Parameters {

  private static final String STATUSES =
      String.join(", ", Arrays.stream(OrderStatus.values()).map(Enum::name).toList());

  private Parameters() {}

  static OrderId orderId(Context ctx) {
    return pathParameter(ctx, "id", OrderId::parse);
  }

  static Sku sku(Context ctx) {
    return pathParameter(ctx, "sku", Sku::new);
  }

  /**
   * {@code status}, {@code limit} (default {@value ListOrders#DEFAULT_PAGE_SIZE}) and {@code
   * cursor}.
   */
  static ListOrders.Query listQuery(TenantId tenant, Context ctx) {
    FieldErrors errors = FieldErrors.inParameters();
    QueryString query = QueryString.parse(ctx.queryString());
    Optional<OrderStatus> status =
        single(errors, query, "status")
            .flatMap(
                value -> {
                  try {
                    return Optional.of(OrderStatus.valueOf(value));
                  } catch (IllegalArgumentException unknown) {
                    errors.reject("status", "order.status-invalid", "status is one of " + STATUSES);
                    return Optional.empty();
                  }
                });
    Optional<PageCursor> cursor =
        single(errors, query, "cursor")
            .flatMap(value -> errors.valid("cursor", () -> PageCursor.decode(value)));
    Optional<Integer> limit =
        single(errors, query, "limit")
            .flatMap(
                value -> {
                  if (!value.matches("[0-9]{1,9}")) {
                    errors.reject("limit", "page.limit-invalid", "limit is a whole number");
                    return Optional.empty();
                  }
                  int size = Integer.parseInt(value);
                  // the query itself knows the allowed range; building one checks it
                  return errors
                      .valid(
                          "limit",
                          () ->
                              new ListOrders.Query(
                                  tenant, Optional.empty(), Optional.empty(), size))
                      .map(ListOrders.Query::limit);
                });
    errors.throwIfAny();
    return new ListOrders.Query(tenant, status, cursor, limit.orElse(ListOrders.DEFAULT_PAGE_SIZE));
  }

  private static Optional<String> single(FieldErrors errors, QueryString query, String name) {
    List<String> values = query.all(name);
    if (values.size() > 1) {
      errors.reject(name, "parameter.repeated", name + " may be given once");
      return Optional.empty();
    }
    return values.stream().findFirst();
  }

  private static <T> T pathParameter(Context ctx, String name, Function<String, T> parse) {
    try {
      return parse.apply(ctx.pathParam(name));
    } catch (InvalidValueException invalid) {
      throw new ProblemException(
          RequestProblem.INVALID_PARAMETER,
          invalid.getMessage(),
          List.of(new FieldError(name, invalid.code(), invalid.getMessage())));
    }
  }
}
