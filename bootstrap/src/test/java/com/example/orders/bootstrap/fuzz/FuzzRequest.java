package com.example.orders.bootstrap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A generated request, in terms of the {@link Playground}: path segments and headers may name "the
 * third known order" or "its current version" rather than literal values, which are only known when
 * the request is sent. jqwik shrinks it like any value, so a failure is reported as the smallest
 * request that still fails.
 *
 * @param method the method token
 * @param path the path segments, each sent after a {@code /}
 * @param query the query string without {@code ?}, empty for none
 * @param headers header lines besides {@code Host}, {@code Authorization} and framing
 * @param credential what to send as {@code Authorization}
 * @param body the body, if any
 */
record FuzzRequest(
    String method,
    List<Segment> path,
    String query,
    List<Header> headers,
    Credential credential,
    Optional<Body> body) {

  /** One segment of the path. */
  sealed interface Segment {
    String resolve(Playground playground);
  }

  /** A path segment or header value sent as given: already percent-encoded, or deliberately not. */
  record Literal(String text) implements Segment, Value {
    @Override
    public String resolve(Playground playground) {
      return text;
    }

    @Override
    public String toString() {
      return text.length() > 120 ? text.substring(0, 120) + "...(" + text.length() + ")" : text;
    }
  }

  /** The id of a known order of the tenant. */
  record KnownOrder(int pick) implements Segment {
    @Override
    public String resolve(Playground playground) {
      return playground.order(pick);
    }

    @Override
    public String toString() {
      return "{order " + pick + "}";
    }
  }

  /** The id of another tenant's order. */
  record ForeignOrder() implements Segment {
    @Override
    public String resolve(Playground playground) {
      return playground.foreignOrder();
    }

    @Override
    public String toString() {
      return "{another tenant's order}";
    }
  }

  /** A SKU on one of the lines of a known order. */
  record KnownSku(int order, int pick) implements Segment {
    @Override
    public String resolve(Playground playground) {
      return playground.sku(order, pick);
    }

    @Override
    public String toString() {
      return "{sku " + pick + " of order " + order + "}";
    }
  }

  /** A header line; its value may depend on the state of the service when sent. */
  record Header(String name, Value value) {
    @Override
    public String toString() {
      return name + ": " + value;
    }
  }

  /** A header value. */
  sealed interface Value {
    String resolve(Playground playground);
  }

  /**
   * A version of a known order, {@code offset} away from its current one, written in {@code form}
   * ({@code %d} stands for the number), e.g. {@code "%d"} or {@code W/"%d"}.
   */
  record Version(int order, long offset, String form) implements Value {
    @Override
    public String resolve(Playground playground) {
      return form.replace("%d", Long.toString(playground.version(order) + offset));
    }

    @Override
    public String toString() {
      return form.replace(
          "%d", "{version of order " + order + (offset == 0 ? "" : " " + offset) + "}");
    }
  }

  /** A body, with a note of how it was made (which mutation, if any). */
  record Body(byte[] bytes, String made) {
    @Override
    public String toString() {
      String text = new String(bytes, StandardCharsets.UTF_8);
      String shown = text.length() > 300 ? text.substring(0, 300) + "..." : text;
      return made + " (" + bytes.length + " bytes): " + shown;
    }
  }

  FuzzRequest withMethod(String other) {
    return new FuzzRequest(other, path, query, headers, credential, body);
  }

  /** The bytes to send, now that the playground knows the ids and versions. */
  Wire resolve(Playground playground) {
    String target =
        path.stream()
                .map(segment -> "/" + segment.resolve(playground))
                .collect(Collectors.joining())
            + (query.isEmpty() ? "" : "?" + query);
    List<Wire.Header> lines = new ArrayList<>();
    playground
        .authorization(credential)
        .ifPresent(value -> lines.add(new Wire.Header("Authorization", value)));
    headers.forEach(
        header -> lines.add(new Wire.Header(header.name(), header.value().resolve(playground))));
    return new Wire(method, target, List.copyOf(lines), body.map(Body::bytes));
  }

  @Override
  public String toString() {
    return method
        + " "
        + path.stream().map(segment -> "/" + segment).collect(Collectors.joining())
        + (query.isEmpty() ? "" : "?" + query)
        + " "
        + headers
        + " as "
        + credential
        + body.map(each -> " with " + each).orElse("");
  }
}
