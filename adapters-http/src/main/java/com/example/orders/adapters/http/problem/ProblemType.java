package com.example.orders.adapters.http.problem;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of problem the HTTP adapter raises itself, with its status and stable code. Each area of
 * the adapter declares its own beside the code that raises them ({@link RequestProblem} for HTTP in
 * general, others next to their routes), so a new feature adds problem types without editing a
 * central list. Failures of the domain and the use cases carry their own code instead (see {@link
 * ProblemMapper}).
 *
 * @param code a stable, dotted code such as {@code request.malformed-json}; part of the public API
 * @param title a short summary of the kind of problem, the same for every occurrence
 */
public record ProblemType(int status, String code, String title) {

  private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

  public ProblemType {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem's status is 4xx or 5xx, not " + status);
    }
    if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
      throw new IllegalArgumentException("a problem code is dotted lower-case words: " + code);
    }
    Objects.requireNonNull(title, "title");
  }
}
