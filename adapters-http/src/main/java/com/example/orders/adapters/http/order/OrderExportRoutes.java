package com.example.orders.adapters.http.order;

import static io.javalin.http.HandlerType.POST;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.idempotency.IdempotentHandlers;
import com.example.orders.adapters.http.idempotency.Reply;
import com.example.orders.adapters.http.job.JobResponse;
import com.example.orders.adapters.http.problem.FieldErrors;
import com.example.orders.application.export.ExportFilter;
import com.example.orders.application.export.ExportOrders;
import com.example.orders.application.job.Job;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.shared.InvalidValueException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/orders/exports}: starts an export of the caller's orders as a job and
 * answers {@code 202} with the job and its URL in {@code Location}. It needs the read scope: an
 * export shows nothing that paging through the orders does not.
 */
public final class OrderExportRoutes implements ApiRoutes {

  static final String EXPORTS = OrderRoutes.ORDERS + "/exports";
  private static final String STATUSES = Arrays.toString(OrderStatus.values());

  private final ExportOrders exportOrders;
  private final IdempotentHandlers idempotent;

  public OrderExportRoutes(ExportOrders exportOrders, IdempotentHandlers idempotent) {
    this.exportOrders = exportOrders;
    this.idempotent = idempotent;
  }

  /** The body: every field optional; times are ISO-8601 with an offset, e.g. {@code ...Z}. */
  record ExportRequest(String status, String createdFrom, String createdTo) {}

  @Override
  public List<SecuredRoute> routes() {
    return List.of(new SecuredRoute(POST, EXPORTS, Access.READ, idempotent.of(this::export)));
  }

  private Reply export(Context ctx, Principal caller) {
    ExportFilter filter = filter(JsonBodies.read(ctx, ExportRequest.class));
    Job job = exportOrders.start(caller.tenant(), caller.subject(), filter);
    return Reply.of(202, JobResponse.of(job)).withHeader("Location", JobResponse.url(job));
  }

  private static ExportFilter filter(ExportRequest body) {
    FieldErrors errors = FieldErrors.inBody();
    Optional<OrderStatus> status = Optional.ofNullable(body.status())
        .flatMap(value -> errors.valid("/status", () -> status(value)));
    Optional<Instant> from = Optional.ofNullable(body.createdFrom())
        .flatMap(value -> errors.valid("/createdFrom", () -> instant(value)));
    Optional<Instant> to = Optional.ofNullable(body.createdTo())
        .flatMap(value -> errors.valid("/createdTo", () -> instant(value)));
    // the filter knows the allowed range; building one checks it
    errors.valid("/createdTo", () -> new ExportFilter(Optional.empty(), from, to));
    errors.throwIfAny();
    return new ExportFilter(status, from, to);
  }

  private static OrderStatus status(String value) {
    try {
      return OrderStatus.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValueException("order.status-invalid", "status is one of " + STATUSES);
    }
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notATime) {
      throw new InvalidValueException("export.time-invalid",
          "a time is ISO-8601 in UTC or with an offset, e.g. 2026-01-31T00:00:00Z");
    }
  }
}
