package com.example.orders.domain.shared;

/** Rules for free text that people type: what a name, a reference or a reason may contain. */
public final class Text {

  private Text() {}

  /**
   * The length of {@code value} as people and JSON Schema's {@code maxLength} count it: in Unicode
   * code points, so that an emoji is one character, not the two UTF-16 units Java stores.
   */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /**
   * Whether {@code value} is well-formed text with no control characters: no NUL (which
   * PostgreSQL cannot store), no other C0 or C1 control, and no unpaired surrogate (which is not
   * Unicode at all). Tabs and line breaks are controls too: the fields here are one line each.
   */
  public static boolean isPlain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
