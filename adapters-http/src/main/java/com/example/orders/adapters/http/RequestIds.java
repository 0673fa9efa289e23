package com.example.orders.adapters.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names each request, so that a client's report, the access log and every log line of the request
 * can be matched. A caller's (or proxy's) id is kept when it is safe to log and echo.
 */
final class RequestIds {

  /** The header that carries the id, in requests and in every response. */
  static final String HEADER = "X-Request-Id";

  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

  private RequestIds() {}

  /** The caller's id when it is 1 to 128 of {@code [A-Za-z0-9._-]}, otherwise a new random one. */
  static String acceptOrGenerate(String proposed) {
    if (proposed != null && ACCEPTABLE.matcher(proposed).matches()) {
      return proposed;
    }
    return UUID.randomUUID().toString();
  }
}
