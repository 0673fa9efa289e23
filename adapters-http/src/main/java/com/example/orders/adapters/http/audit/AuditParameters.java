package com.example.orders.adapters.http.audit;

import com.example.orders.adapters.http.order.QueryString;
import com.example.orders.adapters.http.problem.FieldErrors;
import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditQuery;
import com.example.orders.domain.shared.TenantId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /api/v1/admin/audit}, checked: {@code tenant} (required: a tenant id,
 * or {@code -} for callers of no known tenant), {@code subject}, {@code action}, {@code
 * resourceType}, {@code resourceId} (exact, at most {@value #MAX_TEXT} characters), {@code from}
 * (inclusive) and {@code to} (exclusive) as RFC 3339 instants, {@code limit} (1 to {@value
 * #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code cursor} (the previous page's {@code
 * nextCursor}).
 */
final class AuditParameters {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;
  static final int MAX_TEXT = 200;
  private static final Pattern CURSOR = Pattern.compile("[1-9][0-9]{0,17}");

  private AuditParameters() {}

  static AuditQuery query(String rawQuery) {
    FieldErrors errors = FieldErrors.inParameters();
    QueryString query = QueryString.parse(rawQuery);
    Optional<String> tenant = single(errors, query, "tenant");
    if (tenant.isEmpty()) {
      errors.missing("tenant");
    }
    Optional<String> trail = tenant.filter(value -> !value.equals(AuditChain.NO_TENANT))
        .flatMap(value -> errors.valid("tenant", () -> new TenantId(value).value()))
        .or(() -> tenant.filter(AuditChain.NO_TENANT::equals));
    Optional<Instant> from = instant(errors, query, "from");
    Optional<Instant> to = instant(errors, query, "to");
    Optional<Long> cursor = single(errors, query, "cursor").flatMap(value -> {
      if (!CURSOR.matcher(value).matches()) {
        errors.reject("cursor", "page.cursor-invalid", "cursor is the nextCursor of a page");
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(value));
    });
    Optional<Integer> limit = single(errors, query, "limit").flatMap(value -> {
      if (!value.matches("[0-9]{1,4}") || Integer.parseInt(value) < 1
          || Integer.parseInt(value) > MAX_LIMIT) {
        errors.reject("limit", "page.limit-invalid",
            "limit is a whole number from 1 to " + MAX_LIMIT);
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(value));
    });
    Optional<String> subject = text(errors, query, "subject");
    Optional<String> action = text(errors, query, "action");
    Optional<String> resourceType = text(errors, query, "resourceType");
    Optional<String> resourceId = text(errors, query, "resourceId");
    errors.throwIfAny();
    return new AuditQuery(trail.orElseThrow(), subject, action, resourceType, resourceId, from,
        to, cursor, limit.orElse(DEFAULT_LIMIT));
  }

  private static Optional<String> text(FieldErrors errors, QueryString query, String name) {
    return single(errors, query, name).filter(value -> {
      if (value.isEmpty() || value.length() > MAX_TEXT
          || value.chars().anyMatch(Character::isISOControl)) {
        errors.reject(name, "audit.filter-invalid",
            name + " is 1 to " + MAX_TEXT + " characters, none of them control characters");
        return false;
      }
      return true;
    });
  }

  private static Optional<Instant> instant(FieldErrors errors, QueryString query, String name) {
    return single(errors, query, name).flatMap(value -> {
      try {
        return Optional.of(Instant.parse(value));
      } catch (DateTimeParseException notAnInstant) {
        errors.reject(name, "audit.time-invalid",
            name + " is an RFC 3339 instant such as 2026-12-01T10:00:00Z");
        return Optional.empty();
      }
    });
  }

  private static Optional<String> single(FieldErrors errors, QueryString query, String name) {
    List<String> values = query.all(name);
    if (values.size() > 1) {
      errors.reject(name, "parameter.repeated", name + " may be given once");
      return Optional.empty();
    }
    return values.stream().findFirst();
  }
}
