package com.example.orders.adapters.http.ratelimit;

import com.example.orders.application.port.RateLimit;
import com.example.orders.application.port.RateLimitDecision;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF httpapi draft
 * "RateLimit header fields for HTTP", revision 09 (draft-ietf-httpapi-ratelimit-headers-09):
 * Structured Field lists with one item per policy the call drew on, e.g. {@code
 * RateLimit-Policy: "read-subject";q=1200;w=60} (quota {@code q} per window of {@code w} seconds)
 * and {@code RateLimit: "read-subject";r=1199;t=1} ({@code r} remaining, {@code t} seconds until
 * the quota is whole again; on a refusal, until the next permit, as {@code Retry-After}).
 */
final class RateLimitHeaders {

  static final String POLICY = "RateLimit-Policy";
  static final String CURRENT = "RateLimit";
  static final String RETRY_AFTER = "Retry-After";

  private RateLimitHeaders() {}

  static String policy(List<RateLimit> limits) {
    return limits.stream()
        .map(limit -> "\"" + limit.name() + "\";q=" + limit.quota() + ";w="
            + limit.window().toSeconds())
        .collect(Collectors.joining(", "));
  }

  static String current(List<RateLimit> limits, List<RateLimitDecision> decisions) {
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < limits.size(); i++) {
      RateLimitDecision decision = decisions.get(i);
      if (i > 0) {
        value.append(", ");
      }
      value.append('"').append(limits.get(i).name()).append("\";r=").append(decision.remaining())
          .append(";t=").append(seconds(decision.allowed()
              ? decision.untilFull()
              : decision.retryAfter()));
    }
    return value.toString();
  }

  /** Whole seconds, rounded up: a client that waits this long finds the permit there. */
  static long seconds(Duration duration) {
    long seconds = duration.toSeconds();
    return duration.toNanosPart() == 0 ? seconds : seconds + 1;
  }
}
