package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.ProblemType;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reads a request body as JSON, refusing other media types ({@code 415}). Malformed or mistyped
 * JSON surfaces as Jackson's exceptions, which the problem mapper turns into {@code 400}s; a body
 * over the size limit surfaces as Javalin's {@code 413}.
 */
final class JsonBodies {

  private JsonBodies() {}

  static <T> T read(Context ctx, Class<T> type) {
    if (!isJson(ctx.header("Content-Type"))) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json (UTF-8)");
    }
    String json = ctx.body();
    // Javalin's Jackson bridge cannot hand back null, so a literal null is refused before binding
    if (json.strip().equals("null")) {
      throw new ProblemException(ProblemType.INVALID_BODY, "the body must be a JSON object");
    }
    return ctx.jsonMapper().fromJsonString(json, type);
  }

  /** {@code application/json}, optionally with {@code charset=utf-8} (RFC 8259 allows no other). */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].strip().split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")
          && (parameter.length < 2
              || !parameter[1]
                  .strip()
                  .replace("\"", "")
                  .toLowerCase(Locale.ROOT)
                  .equals("utf-8"))) {
        return false;
      }
    }
    return true;
  }
}
