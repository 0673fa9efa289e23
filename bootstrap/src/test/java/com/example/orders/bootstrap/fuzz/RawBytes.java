package com.example.orders.bootstrap.fuzz;

/** Bytes written out so that a failure report can be pasted into a shell to send them again. */
final class RawBytes {

  /** Longer reproductions are cut, with a note saying how long they were. */
  private static final int SHOWN_BYTES = 2_000;

  private RawBytes() {}

  /** {@code printf '<bytes>' | nc -q 2 127.0.0.1 $PORT}, with every unprintable byte escaped. */
  static String printf(byte[] bytes) {
    StringBuilder shown = new StringBuilder("printf '");
    int shownBytes = Math.min(bytes.length, SHOWN_BYTES);
    for (int i = 0; i < shownBytes; i++) {
      int b = bytes[i] & 0xff;
      switch (b) {
        case '\r' -> shown.append("\\r");
        case '\n' -> shown.append("\\n");
        case '\\' -> shown.append("\\\\");
        case '%' -> shown.append("%%");
        case '\'' -> shown.append("\\x27");
        default -> {
          if (b < 0x20 || b >= 0x7f) {
            shown.append(String.format("\\x%02x", b));
          } else {
            shown.append((char) b);
          }
        }
      }
    }
    shown.append("' | nc -q 2 127.0.0.1 $PORT");
    if (bytes.length > shownBytes) {
      shown
          .append("   # first ")
          .append(shownBytes)
          .append(" of ")
          .append(bytes.length)
          .append(" bytes");
    }
    return shown.toString();
  }
}
