package com.example.orders.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** How generated text goes into a request target or a header line. */
final class Encoding {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private Encoding() {}

  /** Every byte of the UTF-8 form that is not unreserved (RFC 3986) as {@code %XX}. */
  static String percent(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'A' && c <= 'Z'
          || c >= 'a' && c <= 'z'
          || c >= '0' && c <= '9'
          || "-._~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX.toHexDigits((byte) c));
      }
    }
    return encoded.toString();
  }

  /**
   * As raw as a request target can be and still be one request: only the characters that would end
   * the target or the request line ({@code SP CR LF ? #}) are encoded.
   */
  static String raw(String text) {
    StringBuilder encoded = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == ' ' || c == '\r' || c == '\n' || c == '?' || c == '#') {
                encoded.append('%').append(HEX.toHexDigits((byte) c));
              } else if (Character.isSurrogate((char) c)) {
                // a lone surrogate has no UTF-8 form: send the bytes a careless encoder writes
                // (CESU-8), which the server must refuse, rather than the '?' Java would put there
                encoded
                    .append("%ED%")
                    .append(HEX.toHexDigits((byte) (0xA0 | ((c >> 6) & 0x1F))))
                    .append('%')
                    .append(HEX.toHexDigits((byte) (0x80 | (c & 0x3F))));
              } else {
                encoded.appendCodePoint(c);
              }
            });
    return encoded.toString();
  }

  /** A header value that stays on its line: CR and LF become spaces, the rest goes as it is. */
  static String headerValue(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
