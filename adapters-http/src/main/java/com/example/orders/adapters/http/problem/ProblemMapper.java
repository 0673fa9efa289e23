package com.example.orders.adapters.http.problem;

import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.shared.KnownFailure;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes an HTTP response: status, stable code, headers and body.
 *
 * <p>It maps by kind, never by concrete class, so that a new feature adds failures without editing
 * it: a {@link KnownFailure} of the domain or a use case by its category, an {@link HttpProblem} of
 * this adapter by its own type, a body Jackson could not read, a status from Javalin or Jetty, and
 * a request whose body broke off. Anything else is a bug: a generic {@code 500}, logged once with
 * its stack trace and the request id, which is all the client sees of it.
 */
public final class ProblemMapper {

  /**
   * Sent with every {@code 503}: the failures behind it are short-lived (pool time-outs, restarts).
   */
  static final String RETRY_AFTER_SECONDS = "1";

  private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

  /**
   * @param failure what went wrong
   * @param instance the request path
   * @param requestId the request's id, echoed in the body
   */
  public ProblemResponse toResponse(Throwable failure, String instance, String requestId) {
    Mapped mapped = map(failure);
    log(failure, mapped, instance, requestId);
    return problem(mapped, instance, requestId, isClientAbort(failure));
  }

  /**
   * For a request that the HTTP server refused before any handler saw it, e.g. with headers too
   * large ({@code 431}) or a malformed request line ({@code 400}).
   */
  public ProblemResponse toResponse(int status, String instance, String requestId) {
    return problem(StatusProblems.of(status, Map.of()), instance, requestId, false);
  }

  private static ProblemResponse problem(
      Mapped mapped, String instance, String requestId, boolean clientAborted) {
    Problem body =
        new Problem(
            URI.create(Problem.TYPE_BASE + mapped.code()),
            mapped.title(),
            mapped.status(),
            mapped.detail(),
            instance,
            mapped.code(),
            requestId,
            mapped.errors(),
            mapped.extensions());
    return new ProblemResponse(body, mapped.headers(), clientAborted);
  }

  private static Mapped map(Throwable failure) {
    return switch (failure) {
      case HttpProblem problem ->
          Mapped.of(problem.type(), problem.getMessage())
              .withErrors(problem.errors())
              .withHeaders(problem.headers());
      case KnownFailure known -> byCategory(known);
      case JsonProcessingException unreadable -> JsonProblems.map(unreadable);
      case HttpResponseException http -> StatusProblems.of(http.getStatus(), http.getDetails());
      case EofException broken ->
          Mapped.of(
              RequestProblem.BODY_INCOMPLETE,
              "the request body ended early or its chunks are malformed");
      case HttpException http -> StatusProblems.of(http.getCode(), Map.of());
      default -> Mapped.internalError();
    };
  }

  private static Mapped byCategory(KnownFailure known) {
    Mapped mapped =
        new Mapped(status(known.category()), known.code(), known.title(), known.getMessage())
            .withExtensions(known.details());
    return known.category() == KnownFailure.Category.UNAVAILABLE
        ? mapped.withHeader("Retry-After", RETRY_AFTER_SECONDS)
        : mapped;
  }

  /** How this API answers each category of failure; the one table of it. */
  static int status(KnownFailure.Category category) {
    return switch (category) {
      case INVALID_VALUE -> 422;
      case RULE_VIOLATION, CONFLICT -> 409;
      case NOT_FOUND -> 404;
      case PRECONDITION_FAILED -> 412;
      case UNAVAILABLE -> 503;
    };
  }

  /**
   * A body that broke off: the client went away mid-upload, or sent chunks that do not parse. Not a
   * failure of ours, so it is logged quietly and counted apart from errors.
   */
  private static boolean isClientAbort(Throwable failure) {
    return failure instanceof EofException;
  }

  private static void log(Throwable failure, Mapped mapped, String instance, String requestId) {
    if (failure instanceof DependencyUnavailableException unavailable
        && unavailable.refusedHere()) {
      // refused here without calling the dependency: its breaker logged the outage once
      log.debug("{} refused while serving {} (request {}): {}", unavailable.dependency(), instance,
          requestId, unavailable.getCause().getMessage());
    } else if (failure instanceof DependencyUnavailableException unavailable) {
      // an outage fails every request the same way: the causes say enough, stack traces would flood
      log.warn(
          "{} unavailable while serving {} (request {}): {}",
          unavailable.dependency(),
          instance,
          requestId,
          causes(failure.getCause()));
    } else if (isClientAbort(failure)) {
      log.debug(
          "request {} to {} ended before its body did: {}", requestId, instance, causes(failure));
    } else if (mapped.status() >= 500 && mapped.status() != 503) {
      log.error(
          "unexpected failure serving {} (request {}), answered {}",
          instance,
          requestId,
          mapped.status(),
          failure);
    }
  }

  private static String causes(Throwable cause) {
    StringBuilder chain = new StringBuilder();
    for (Throwable each = cause; each != null; each = each.getCause()) {
      if (!chain.isEmpty()) {
        chain.append(" <- ");
      }
      chain.append(each.getClass().getSimpleName()).append(": ").append(each.getMessage());
    }
    return chain.toString();
  }
}
