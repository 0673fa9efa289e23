package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of a request, decoded as UTF-8 whatever the body's {@code Content-Type} says
 * (Javalin decodes them in the body's charset and fails on a malformed one). A malformed
 * percent-escape is the client's URL being wrong: {@code 400}, instead of a parameter that silently
 * disappears.
 */
public final class QueryString {

  private final Map<String, List<String>> values;

  private QueryString(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * @param raw the query string without its {@code ?}; {@code null} when there is none
   */
  public static QueryString parse(String raw) {
    Map<String, List<String>> values = new HashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        values.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
      }
    }
    return new QueryString(values);
  }

  /** Every value of the parameter, in the order given; empty when it is absent. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  private static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      throw new ProblemException(
          RequestProblem.INVALID_PARAMETER, "the query string has a malformed %-escape");
    }
  }
}
