package com.example.orders.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Values a hostile or careless client sends where a well-behaved one sends something sensible. */
final class HostileValues {

  private static final String EMOJI = "\uD83D\uDE00";
  private static final HexFormat HEX = HexFormat.of();

  /** Strings known to trip parsers, validators, encoders and databases. */
  private static final List<String> NASTY =
      List.of(
          "",
          " ",
          "\t",
          "\u0000",
          "a\u0000b",
          "\u0007\u001b[31m",
          "\u007f",
          "\u0085",
          "\uD800",
          "\uDFFF",
          "x\uDBFFy",
          EMOJI,
          "\uFEFF",
          "\u202Eevil",
          "e\u0301",
          "\uFB01",
          "\uFF21",
          "\uFFFF",
          "null",
          "undefined",
          "true",
          "-1",
          "0",
          "1e400",
          "NaN",
          "../../../etc/passwd",
          "..",
          ".",
          "%",
          "%00",
          "%zz",
          "%2e%2e%2f",
          "%C0%AF",
          "%uD800",
          "' OR '1'='1",
          "\"; DROP TABLE orders; --",
          "${jndi:ldap://127.0.0.1/x}",
          "<script>alert(1)</script>",
          "{}",
          "[]",
          "\"",
          "\\",
          ";",
          ",",
          "*",
          "W/\"1\"",
          "a".repeat(201),
          EMOJI.repeat(200),
          EMOJI.repeat(201));

  private HostileValues() {}

  /** Hostile strings: the known ones, random Unicode (lone surrogates included), long ones. */
  static Arbitrary<String> strings() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(NASTY)),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(
            1,
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8)),
        Tuple.of(1, longStrings()));
  }

  /** Very long strings, from just over typical limits to far over the body size limit. */
  static Arbitrary<String> longStrings() {
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of(201, 1_000, 4_097, 8_193, 70_000),
                Arbitraries.of("a", EMOJI, "\u00e9", "%41", " "))
            .as((length, unit) -> unit.repeat(length)),
        Arbitraries.just("a".repeat(1_100_000)));
  }

  /** JSON text fragments that stand in for a value: wrong types, extreme numbers, deep nesting. */
  static Arbitrary<String> jsonFragments() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            6,
            Arbitraries.of(
                "null",
                "true",
                "false",
                "0",
                "-0",
                "-1",
                "1.5",
                "-1.5e3",
                "1e400",
                "-1e400",
                "1e-400",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775809",
                "10000000000000",
                "10000000000001",
                "123456789012345678901234567890",
                "NaN",
                "Infinity",
                "-Infinity",
                "01",
                "0x10",
                "+1",
                ".5",
                "1.",
                "\"\"",
                "\" \"",
                "\"\\u0000\"",
                "\"\\ud800\"",
                "\"\\udfff\"",
                "\"\\ud83d\"",
                "\"\\ud83d\\ude00\"",
                "\"\\uD800\\uD800\"",
                "\"\\x41\"",
                "\"\\u12\"",
                "\"tab\there\"",
                "\"line\nbreak\"",
                "'single'",
                "[]",
                "{}",
                "[1,2]",
                "[null]",
                "{\"a\":1}",
                "[[]]",
                "{\"\":null}",
                "\"EUR\"",
                "\"1\"",
                "[\"EUR\"]")),
        Tuple.of(3, strings().map(HostileValues::jsonString)),
        Tuple.of(1, deepNesting()),
        Tuple.of(1, Arbitraries.of(100, 1_000, 1_001, 5_000).map(n -> "1".repeat(n))));
  }

  /** Arrays or objects nested up to far deeper than any parser allows by default. */
  static Arbitrary<String> deepNesting() {
    return Arbitraries.of(10, 500, 999, 1_000, 1_001, 2_000, 50_000)
        .flatMap(
            depth ->
                Arbitraries.of(
                    "[".repeat(depth) + "]".repeat(depth),
                    "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                    "[".repeat(depth)));
  }

  /** A JSON string literal for {@code text}, every non-ASCII character as a {@code \\u} escape. */
  static String jsonString(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            json.append("\\u").append(HEX.toHexDigits(c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  /** Byte sequences that are not UTF-8, and a few that are but surprise. */
  static Arbitrary<byte[]> badBytes() {
    return Arbitraries.of(
        new byte[] {(byte) 0xff},
        new byte[] {(byte) 0xc0, (byte) 0xaf},
        new byte[] {(byte) 0xc3},
        new byte[] {(byte) 0xe2, (byte) 0x82},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        new byte[] {0},
        "\uFEFF".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xfe, (byte) 0xff, 0, '{'});
  }
}
