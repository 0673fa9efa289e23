package com.example.orders.adapters.http.order;

import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request body as JSON, refusing other media types ({@code 415}) and bytes that are not
 * UTF-8 ({@code 400}). Malformed or mistyped JSON surfaces as Jackson's exceptions, which the
 * problem mapper turns into {@code 400}s; a body over the size limit surfaces as Javalin's {@code
 * 413}.
 */
public final class JsonBodies {

  private JsonBodies() {}

  public static <T> T read(Context ctx, Class<T> type) {
    if (!isJson(ctx.header("Content-Type"))) {
      throw new ProblemException(
          RequestProblem.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json (UTF-8)");
    }
    String json = utf8(ctx.bodyAsBytes());
    // Javalin's Jackson bridge cannot hand back null, so a literal null is refused before binding
    if (json.strip().equals("null")) {
      throw new ProblemException(RequestProblem.INVALID_BODY, "the body must be a JSON object");
    }
    return ctx.jsonMapper().fromJsonString(json, type);
  }

  /**
   * Decodes strictly: a lenient decoder would turn invalid bytes into U+FFFD and store text the
   * client never sent.
   */
  static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    // UTF-8 never yields more chars than it has bytes, so the buffer cannot overflow
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ProblemException(
          RequestProblem.MALFORMED_JSON,
          "the body is not valid UTF-8 (at byte " + in.position() + ")");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** {@code application/json}, optionally with {@code charset=utf-8} (RFC 8259 allows no other). */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";", -1);
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
