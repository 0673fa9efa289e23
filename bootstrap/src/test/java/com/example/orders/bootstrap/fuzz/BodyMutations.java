package com.example.orders.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;

/**
 * Turns a valid body into a hostile one: a value of the wrong type or out of range, a property
 * missing, unknown or repeated, a string that no validator expects, nesting deeper than parsers
 * allow, bytes that are not UTF-8, or text that is not JSON at all.
 */
final class BodyMutations {

  private BodyMutations() {}

  /** A body for an operation that takes {@code valid}'s kind of body: mostly mutated. */
  static Arbitrary<FuzzRequest.Body> of(Arbitrary<JsonNode> valid) {
    return valid.flatMap(
        body ->
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(text(JsonText.write(body), "valid"))),
                Tuple.of(6, edited(body)),
                Tuple.of(2, bytesMutated(JsonText.write(body))),
                Tuple.of(1, notJson())));
  }

  /** A body where the operation takes none, or where it takes another one. */
  static Arbitrary<FuzzRequest.Body> unexpected() {
    return Arbitraries.oneOf(
        notJson(), HostileValues.jsonFragments().map(fragment -> text(fragment, "fragment")));
  }

  private static Arbitrary<FuzzRequest.Body> edited(JsonNode body) {
    Arbitrary<Integer> target = Arbitraries.integers().between(0, 63);
    Arbitrary<JsonText.Edit> edit =
        Arbitraries.frequencyOf(
            Tuple.of(5, HostileValues.jsonFragments().map(JsonText.Replace::new)),
            Tuple.of(2, Arbitraries.just(new JsonText.Remove())),
            Tuple.of(
                2,
                Combinators.combine(
                        Arbitraries.oneOf(
                            Arbitraries.of("coupon", "id", "version", "status", "__proto__", ""),
                            HostileValues.strings()),
                        HostileValues.jsonFragments())
                    .as(JsonText.AddProperty::new)),
            Tuple.of(1, Arbitraries.just(new JsonText.Duplicate())),
            Tuple.of(1, rawStrings().map(JsonText.Replace::new)));
    return Combinators.combine(target, edit)
        .as((at, change) -> text(JsonText.edited(body, at, change), change + " at node " + at));
  }

  /** String literals with their characters unescaped: raw control characters are invalid JSON. */
  private static Arbitrary<String> rawStrings() {
    return HostileValues.strings().map(text -> "\"" + text + "\"");
  }

  private static Arbitrary<FuzzRequest.Body> bytesMutated(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, bytes.length);
    return Arbitraries.oneOf(
        Combinators.combine(position, HostileValues.badBytes())
            .as(
                (at, bad) ->
                    new FuzzRequest.Body(insert(bytes, at, bad), "bytes inserted at " + at)),
        position.map(
            at -> new FuzzRequest.Body(java.util.Arrays.copyOf(bytes, at), "truncated at " + at)),
        Arbitraries.of("\uFEFF", " \r\n\t", "/* c */", "//\n")
            .map(prefix -> text(prefix + json, "prefixed")),
        Arbitraries.of(" {}", ",", "]", "\u0000", "x")
            .map(suffix -> text(json + suffix, "suffixed")));
  }

  private static Arbitrary<FuzzRequest.Body> notJson() {
    return Arbitraries.oneOf(
        Arbitraries.of(
                "",
                " ",
                "{",
                "}",
                "{\"a\"}",
                "{\"a\":}",
                "{'a':1}",
                "{a:1}",
                "customer=ada&currency=EUR",
                "<order/>",
                "\u0000\u0000",
                "null",
                "[]",
                "\"text\"",
                "42")
            .map(text -> text(text, "not an object")),
        HostileValues.deepNesting().map(text -> text(text, "deeply nested")),
        HostileValues.badBytes().map(bytes -> new FuzzRequest.Body(bytes, "bad bytes")));
  }

  private static FuzzRequest.Body text(String text, String made) {
    return new FuzzRequest.Body(text.getBytes(StandardCharsets.UTF_8), made);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(inserted);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }
}
