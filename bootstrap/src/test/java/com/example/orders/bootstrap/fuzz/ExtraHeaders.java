package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.fuzz.FuzzRequest.Header;
import com.example.orders.bootstrap.fuzz.FuzzRequest.Literal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Headers a request may carry besides those the document asks for: method overrides, duplicates of
 * the ones that matter, conditional and content negotiation headers, hostile names and values, and
 * sizes around the server's header limit (8 KiB).
 */
final class ExtraHeaders {

  private ExtraHeaders() {}

  static Arbitrary<Header> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Combinators.combine(
                    Arbitraries.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"),
                    Arbitraries.of(
                        "POST", "DELETE", "PUT", "PATCH", "GET", "HEAD", "TRACE", "garbage"))
                .as(ExtraHeaders::header)),
        Tuple.of(
            6,
            Arbitraries.of(
                header("Content-Type", "application/json"),
                header("Content-Type", "text/plain"),
                header("Content-Type", "application/json; charset"),
                header("Authorization", "Bearer not-a-token"),
                header("Authorization", ""),
                header("If-Match", "\"1\""),
                header("If-Match", "*"),
                header("If-None-Match", "*"),
                header("If-None-Match", "\"1\""),
                header("If-Modified-Since", "yesterday"),
                header("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"),
                header("Range", "bytes=0-1"),
                header("Range", "bytes=garbage"),
                header("Accept", "application/xml"),
                header("Accept", "text/html;q=0.9, */*;q=0.1"),
                header("Accept", "garbage/"),
                header("Accept", ""),
                header("Accept-Charset", "x-unknown-42"),
                header("Accept-Encoding", "gzip, deflate"),
                header("Accept-Encoding", "identity;q=0"),
                header("Content-Encoding", "gzip"),
                header("Content-Encoding", "garbage"),
                header("Content-Language", "\u00e9"),
                header("Expect", "garbage"),
                header("Expect", "100-continue"),
                header("Origin", "https://evil.example"),
                header("Access-Control-Request-Method", "DELETE"),
                header("X-Forwarded-For", "127.0.0.1, ::1, garbage"),
                header("X-Forwarded-Proto", "gopher"),
                header("Forwarded", "for=\"[::1]\";proto=https;host=evil.example"),
                header("Host", "evil.example"),
                header("Cookie", "session=1; session=2"),
                header("Connection", "close"),
                header("Connection", "keep-alive, Upgrade"),
                header("Upgrade", "h2c"),
                header("Upgrade", "websocket"),
                header("TE", "trailers"),
                header("Max-Forwards", "0"),
                header("X-Request-Id", "a".repeat(129)),
                header("X-Request-Id", "fuzz-1"),
                header("X-Request-Id", "fuzz 1 \u00e9"),
                header("X Bad", "space in the name"),
                header("X-\u00e9", "non-ASCII name"),
                header("X-Ctl\u0001", "control character in the name"),
                header("", "empty name"))),
        Tuple.of(
            3,
            Combinators.combine(
                    Arbitraries.of("X-Fuzz", "X-Request-Id", "User-Agent", "Accept", "Referer"),
                    HostileValues.strings())
                .as((name, value) -> header(name, Encoding.headerValue(value)))),
        Tuple.of(
            2,
            Combinators.combine(
                    Arbitraries.of("X-Pad", "Cookie", "Authorization", "If-Match", "Content-Type"),
                    Arbitraries.of(100, 4_000, 8_000, 8_200, 9_000, 16_000, 70_000))
                .as((name, size) -> header(name, "a".repeat(size)))));
  }

  /** Hundreds of small headers: a total size past the limit, or a count no client needs. */
  static Arbitrary<List<Header>> many() {
    return Arbitraries.of(50, 200, 1_000)
        .map(
            count -> {
              List<Header> headers = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                headers.add(header("X-Many-" + i, "v"));
              }
              return List.copyOf(headers);
            });
  }

  private static Header header(String name, String value) {
    return new Header(name, new Literal(value));
  }
}
