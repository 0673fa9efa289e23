package com.example.orders.adapters.http;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * W3C trace context for each request: a caller's {@code traceparent} is continued (same trace,
 * a new span id for this service), otherwise a new trace starts. The value is kept in the logging
 * context, from where the outbox stamps it on the events the request raises, so that consumers
 * join the trace. Full tracing (spans, export) is OpenTelemetry's job once it is wired.
 */
final class TraceParents {

  /** The header, in requests and on every message, and the logging context's key. */
  static final String HEADER = "traceparent";

  private static final Pattern VALID =
      Pattern.compile("00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})");
  private static final String INVALID_TRACE = "00000000000000000000000000000000";
  private static final HexFormat HEX = HexFormat.of();

  private TraceParents() {}

  /** This request's {@code traceparent}, continuing {@code incoming} when it is valid. */
  static String continueOrStart(String incoming) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String span = HEX.toHexDigits(random.nextLong() | 1L);
    if (incoming != null) {
      var valid = VALID.matcher(incoming.strip());
      if (valid.matches() && !valid.group(1).equals(INVALID_TRACE)) {
        return "00-" + valid.group(1) + "-" + span + "-" + valid.group(2);
      }
    }
    String trace = HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong() | 1L);
    return "00-" + trace + "-" + span + "-01";
  }
}
