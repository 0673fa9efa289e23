package com.example.orders.adapters.http.admin;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import com.example.orders.application.port.ParkedMessage;
import com.example.orders.application.port.ParkedMessages;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/v1/admin/consumers/{consumer}/parked}: the messages a consumer gave up on
 * ({@code GET}, at most {@code limit}), and sending them back ({@code POST .../replay} for all,
 * {@code POST .../{eventId}/replay} for one). The same operations as the {@code parked} command.
 */
public final class ParkedRoutes implements ApiRoutes {

  static final String PARKED = "/api/v1/admin/consumers/{consumer}/parked";
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 1_000;

  private final ParkedMessages parked;
  private final Set<String> consumers;

  /** Serves the parked messages of {@code consumers}, the names of the service's consumers. */
  public ParkedRoutes(ParkedMessages parked, Set<String> consumers) {
    this.parked = parked;
    this.consumers = Set.copyOf(consumers);
  }

  @Override
  public List<SecuredRoute> routes() {
    return List.of(
        new SecuredRoute(GET, PARKED, Access.ADMIN, this::list),
        new SecuredRoute(POST, PARKED + "/replay", Access.ADMIN, this::replayAll),
        new SecuredRoute(POST, PARKED + "/{eventId}/replay", Access.ADMIN, this::replayOne));
  }

  private void list(Context ctx, Principal caller) {
    List<Map<String, Object>> items = parked.parked(consumer(ctx), limit(ctx)).stream()
        .map(ParkedRoutes::item)
        .toList();
    ctx.json(Map.of("items", items));
  }

  private void replayAll(Context ctx, Principal caller) {
    ctx.json(Map.of("replayed", parked.replay(consumer(ctx), Optional.empty())));
  }

  private void replayOne(Context ctx, Principal caller) {
    String consumer = consumer(ctx);
    UUID eventId;
    try {
      eventId = UUID.fromString(ctx.pathParam("eventId"));
    } catch (IllegalArgumentException notAnId) {
      throw invalid("eventId", "admin.event-id-invalid", "eventId is a UUID");
    }
    ctx.json(Map.of("replayed", parked.replay(consumer, Optional.of(eventId))));
  }

  private String consumer(Context ctx) {
    String consumer = ctx.pathParam("consumer");
    if (!consumers.contains(consumer)) {
      throw new ProblemException(AdminProblem.CONSUMER_NOT_FOUND,
          "the service has no consumer named '" + consumer + "'; it has " + consumers.stream()
              .sorted().toList());
    }
    return consumer;
  }

  private static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw invalid("limit", "admin.limit-invalid", "limit is a whole number from 1 to " + MAX_LIMIT);
  }

  private static ProblemException invalid(String parameter, String code, String message) {
    return new ProblemException(RequestProblem.INVALID_PARAMETER, message,
        List.of(new FieldError(parameter, code, message)));
  }

  private static Map<String, Object> item(ParkedMessage message) {
    return Map.of(
        "consumer", message.consumer(),
        "messageId", message.messageId(),
        "type", message.type(),
        "reason", message.reason(),
        "attempts", message.attempts(),
        "parkedAt", message.parkedAt().toString(),
        "body", message.body());
  }
}
