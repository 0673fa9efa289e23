package com.example.orders.adapters.http.problem;

import com.example.orders.adapters.http.auth.InsufficientScopeException;
import com.example.orders.adapters.http.auth.InvalidTokenException;
import com.example.orders.adapters.http.auth.MissingTokenException;
import com.example.orders.application.order.OrderNotFoundException;
import com.example.orders.application.order.VersionMismatchException;
import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.order.IllegalTransitionException;
import com.example.orders.domain.order.LineNotFoundException;
import com.example.orders.domain.order.OrderRuleViolation;
import com.example.orders.domain.shared.InvalidValueException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes an HTTP response: status, stable code, headers and body.
 * Unexpected failures become a generic {@code 500} whose stack trace goes to the log only.
 */
public final class ProblemMapper {

  /**
   * Sent with every {@code 503}: the failures behind it are short-lived (pool time-outs, restarts).
   */
  static final String RETRY_AFTER_SECONDS = "1";

  private static final String REALM = "Bearer realm=\"orders\"";
  private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

  /**
   * @param failure what went wrong
   * @param instance the request path
   * @param requestId the request's id, echoed in the body
   */
  public ProblemResponse toResponse(Throwable failure, String instance, String requestId) {
    Mapped mapped = map(failure);
    if (mapped.status() >= 500) {
      log(failure, mapped, instance, requestId);
    }
    return problem(mapped, instance, requestId);
  }

  /**
   * For a request that the HTTP server refused before any handler saw it, e.g. with headers too
   * large ({@code 431}) or a malformed request line ({@code 400}).
   */
  public ProblemResponse toResponse(int status, String instance, String requestId) {
    return problem(fromStatus(status, Map.of()), instance, requestId);
  }

  private static ProblemResponse problem(Mapped mapped, String instance, String requestId) {
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
            mapped.currentVersion());
    return new ProblemResponse(body, mapped.headers());
  }

  private static Mapped map(Throwable failure) {
    return switch (failure) {
      case ProblemException rejected ->
          Mapped.of(rejected.type(), rejected.getMessage()).withErrors(rejected.errors());
      case InvalidValueException invalid ->
          new Mapped(
              422, invalid.code(), "The request contains an invalid value", invalid.getMessage());
      case OrderRuleViolation violation ->
          new Mapped(
              409,
              violation.code(),
              "The order does not allow this change",
              violation.getMessage());
      case IllegalTransitionException illegal ->
          new Mapped(
              409,
              illegal.code(),
              "The order's status does not allow this change",
              illegal.getMessage());
      case LineNotFoundException missing ->
          new Mapped(404, missing.code(), "Order line not found", missing.getMessage());
      case OrderNotFoundException missing ->
          Mapped.of(ProblemType.ORDER_NOT_FOUND, missing.getMessage());
      case VersionMismatchException stale ->
          Mapped.of(
                  ProblemType.VERSION_MISMATCH,
                  stale.getMessage() + "; read it again and retry with its current ETag")
              .withCurrentVersion(stale.currentVersion());
      case ConcurrentModificationException raced ->
          Mapped.of(
              ProblemType.CONCURRENT_MODIFICATION,
              "the order was changed by another request at the same time; read it again and retry");
      case DependencyUnavailableException unavailable ->
          Mapped.of(
                  ProblemType.DEPENDENCY_UNAVAILABLE,
                  unavailable.dependency() + " is unavailable; retry later")
              .withHeader("Retry-After", RETRY_AFTER_SECONDS);
      case MissingTokenException missing ->
          Mapped.of(ProblemType.TOKEN_MISSING, missing.getMessage())
              .withHeader("WWW-Authenticate", REALM);
      case InvalidTokenException invalid ->
          Mapped.of(ProblemType.TOKEN_INVALID, invalid.getMessage())
              .withHeader(
                  "WWW-Authenticate",
                  REALM
                      + ", error=\"invalid_token\", error_description=\""
                      + headerSafe(invalid.getMessage())
                      + "\"");
      case InsufficientScopeException forbidden ->
          Mapped.of(ProblemType.SCOPE_INSUFFICIENT, forbidden.getMessage())
              .withHeader(
                  "WWW-Authenticate",
                  REALM
                      + ", error=\"insufficient_scope\", scope=\""
                      + headerSafe(forbidden.requiredScope())
                      + "\"");
      case InvalidDefinitionException bug -> Mapped.internalError();
      case UnrecognizedPropertyException unknown ->
          Mapped.of(ProblemType.INVALID_BODY, "the body has a field this API does not know")
              .withErrors(
                  List.of(
                      new FieldError(
                          JsonPointers.of(unknown),
                          "field.unknown",
                          "is not a field of this request")));
      case MismatchedInputException mismatched -> wrongShape(mismatched);
      case JsonMappingException unmappable
          when unmappable.getCause() instanceof InputCoercionException ->
          Mapped.of(ProblemType.INVALID_BODY, "a number in the body is out of range")
              .withErrors(
                  List.of(
                      new FieldError(
                          JsonPointers.of(unmappable),
                          "field.out-of-range",
                          "is too large for this field")));
      case JsonMappingException unmappable ->
          Mapped.of(ProblemType.INVALID_BODY, "the body does not have the expected shape")
              .withErrors(
                  List.of(
                      new FieldError(
                          JsonPointers.of(unmappable), "field.invalid", "cannot be read")));
      case InputCoercionException outOfRange ->
          Mapped.of(
              ProblemType.INVALID_BODY, "a number in the body is out of range" + at(outOfRange));
      case JsonProcessingException malformed ->
          Mapped.of(ProblemType.MALFORMED_JSON, "the body is not valid JSON" + at(malformed));
      case HttpResponseException http -> fromStatus(http.getStatus(), http.getDetails());
      default -> Mapped.internalError();
    };
  }

  private static Mapped wrongShape(MismatchedInputException mismatched) {
    if (mismatched.getPath().isEmpty()) {
      return Mapped.of(ProblemType.INVALID_BODY, "the body must be a JSON object");
    }
    return Mapped.of(ProblemType.INVALID_BODY, "a field of the body has the wrong type")
        .withErrors(
            List.of(
                new FieldError(
                    JsonPointers.of(mismatched),
                    "field.type-mismatch",
                    "must be " + JsonPointers.describe(mismatched.getTargetType()))));
  }

  /** Problems known only by their status, from Javalin's routing or from the server itself. */
  private static Mapped fromStatus(int status, Map<String, String> details) {
    return switch (status) {
      case 404 -> Mapped.of(ProblemType.ROUTE_NOT_FOUND, "there is no resource at this path");
      case 405 ->
          Mapped.of(ProblemType.METHOD_NOT_ALLOWED, "this resource does not support the method")
              .withHeader("Allow", allowedMethods(details));
      case 413 -> Mapped.of(ProblemType.TOO_LARGE, "the request body exceeds the size limit");
      case 414 -> Mapped.of(ProblemType.URI_TOO_LONG, "the request URI exceeds the size limit");
      case 431 ->
          Mapped.of(ProblemType.HEADERS_TOO_LARGE, "the request headers exceed the size limit");
      default ->
          status >= 400 && status < 500
              ? new Mapped(
                  status,
                  ProblemType.REJECTED.code(),
                  ProblemType.REJECTED.title(),
                  "the request was rejected as malformed")
              : Mapped.internalError();
    };
  }

  private static String allowedMethods(Map<String, String> details) {
    return details.getOrDefault("availableMethods", details.getOrDefault("Available methods", ""));
  }

  private static String at(JsonProcessingException failure) {
    JsonLocation location = failure.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Keeps a value inside a quoted-string of a header (RFC 6750 allows no quote or backslash). */
  private static String headerSafe(String value) {
    return value.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
  }

  private static void log(Throwable failure, Mapped mapped, String instance, String requestId) {
    if (failure instanceof DependencyUnavailableException unavailable) {
      // an outage fails every request the same way: the causes say enough, stack traces would flood
      log.warn(
          "{} unavailable while serving {} (request {}): {}",
          unavailable.dependency(),
          instance,
          requestId,
          causes(failure.getCause()));
    } else {
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
