package com.example.orders.adapters.http.problem;

import java.util.Map;

/**
 * A problem ready to send: its body and the headers that must go with it.
 *
 * @param clientAborted the client broke off its request, so this answer probably reaches nobody;
 *     counted apart from errors
 */
public record ProblemResponse(Problem body, Map<String, String> headers, boolean clientAborted) {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  public ProblemResponse {
    headers = Map.copyOf(headers);
  }

  public int status() {
    return body.status();
  }
}
