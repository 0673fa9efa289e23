package com.example.orders.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request that breaks HTTP/1.1 itself, put together from pieces: a request line, header lines,
 * the end of line used, framing and body. Text travels as ISO-8859-1, one char per byte, so that
 * pieces may hold any byte.
 *
 * @param requestLine e.g. {@code GET /x HTTP/9.9}
 * @param headerLines header lines (each may hold a CRLF of its own, for folded lines)
 * @param authorized whether to send the playground's good token, so that requests get past
 *     authentication when the server reads them at all
 * @param eol the end of line: CRLF, or a bare LF
 * @param framing what follows the header lines: framing headers, the blank line, the body
 * @param abandoned whether the client hangs up after sending, without waiting for an answer
 */
record RawRequest(
    String requestLine,
    List<String> headerLines,
    boolean authorized,
    String eol,
    String framing,
    boolean abandoned) {

  /** The method token, as far as there is one. */
  String method() {
    String[] tokens = requestLine.split(" ", -1);
    return tokens[0];
  }

  /** The target as sent, or empty when the line has none. */
  String target() {
    String[] tokens = requestLine.split(" ", -1);
    return tokens.length > 1 ? tokens[1] : "";
  }

  /**
   * Whether the request line is well-formed with a plain path, so that the document's rules for
   * that path apply; after other lines, only the rules for every answer do.
   */
  boolean canonical() {
    return requestLine.matches("[A-Z]+ /[A-Za-z0-9/._-]* HTTP/1\\.[01]")
        && !target().contains("//")
        && !target().contains("..");
  }

  /**
   * Whether the request line is not {@code method SP target SP HTTP/1.x}: it names another version
   * or none at all (what looks like one may be the target), which earns a {@code 505}.
   */
  boolean unsupportedVersion() {
    String[] tokens = requestLine.split(" ", -1);
    return tokens.length != 3 || !tokens[2].matches("HTTP/1\\.[01]");
  }

  byte[] bytes(String authorization) {
    StringBuilder text = new StringBuilder(requestLine).append(eol);
    if (authorized) {
      text.append("Authorization: ").append(authorization).append(eol);
    }
    headerLines.forEach(line -> text.append(line).append(eol));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(framing.getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return RawBytes.printf(bytes("Bearer {token}")) + (abandoned ? "  (then hangs up)" : "");
  }
}
