package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.ProblemException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a change is aimed at from {@code If-Match}: exactly one strong ETag as this API
 * issues them, {@code "<version>"}.
 *
 * <p>Changes require it ({@code 428} without it): a lost update is worse than one more header. Weak
 * ETags ({@code W/"3"}) and {@code *} are refused with {@code 400}: a weak tag promises no
 * byte-for-byte equality and {@code *} matches any version, so neither protects against lost
 * updates.
 */
final class IfMatch {

  static final String HEADER = "If-Match";
  private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"([1-9][0-9]{0,17})\"");

  private IfMatch() {}

  /** The ETag of an order at {@code version}. */
  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * @param header the {@code If-Match} value, {@code null} when absent
   * @throws ProblemException {@code 428} when absent, {@code 400} when not one strong version tag
   */
  static long expectedVersion(String header) {
    if (header == null || header.isBlank()) {
      throw new ProblemException(
          OrderProblem.PRECONDITION_REQUIRED,
          "send If-Match with the ETag of the order as you last read it");
    }
    String value = header.strip();
    if (value.equals("*")) {
      throw invalid("If-Match: * would match any version; send the order's ETag");
    }
    if (value.startsWith("W/")) {
      throw invalid("weak ETags are not accepted; send the order's ETag as received");
    }
    Matcher tag = STRONG_VERSION_TAG.matcher(value);
    if (!tag.matches()) {
      throw invalid("If-Match must be one ETag of this API, such as \"3\"");
    }
    return Long.parseLong(tag.group(1));
  }

  private static ProblemException invalid(String message) {
    return new ProblemException(
        OrderProblem.INVALID_IF_MATCH,
        message,
        List.of(new FieldError(HEADER, "if-match.invalid", message)));
  }
}
