package com.example.orders.bootstrap.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Malformed HTTP/1.1: request lines without a version or with an unknown one, {@code OPTIONS *},
 * the HTTP/2 preface, header lines without a colon, with control characters or folded, headers too
 * large, missing or repeated {@code Host}, odd {@code Expect}, contradicting or broken framing (bad
 * chunk sizes, {@code Content-Length} and {@code Transfer-Encoding} together), and clients that
 * hang up in the middle of the body.
 */
final class RawRequests {

  private static final String ORDER = "/api/v1/orders/0190a6a0-0000-7000-8000-00000000f022";

  private static final List<String> TARGETS =
      List.of(
          "/api/v1/orders",
          ORDER,
          ORDER + "/lines/X-1",
          ORDER + "/lines",
          ORDER + "/place",
          "/openapi.yaml",
          "/health/live",
          "/nope");

  private static final List<String> METHODS =
      List.of("GET", "POST", "DELETE", "HEAD", "OPTIONS", "PUT", "PATCH", "TRACE", "PROPFIND");

  private static final List<String> LINES =
      List.of(
          "{m} {t} HTTP/1.1",
          "{m} {t} HTTP/1.1",
          "{m} {t} HTTP/1.1",
          "{m} {t}",
          "{m} {t} HTTP/9.9",
          "{m} {t} HTTP/1.1.1",
          "{m} {t} HTTP/2.0",
          "{m} {t} HTTP/1.0",
          "{m} {t} HTTP/0.9",
          "{m} {t} http/1.1",
          "{m} {t} HTTP/1",
          "{m} {t} HTTP/1.1 extra",
          "{m}  {t} HTTP/1.1",
          "{m}\t{t}\tHTTP/1.1",
          " {m} {t} HTTP/1.1",
          "{t} HTTP/1.1",
          "{m}",
          "",
          "OPTIONS * HTTP/1.1",
          "{m} * HTTP/1.1",
          "PRI * HTTP/2.0",
          "CONNECT 127.0.0.1:1 HTTP/1.1",
          "{m} http://127.0.0.1{t} HTTP/1.1",
          "{m} //{t} HTTP/1.1",
          "G\u0000T {t} HTTP/1.1",
          "{m} {t}\u0000 HTTP/1.1",
          "{m} {t}/" + "a".repeat(9_000) + " HTTP/1.1",
          "{m} {t}#fragment HTTP/1.1",
          "{m} {t}/%zz HTTP/1.1",
          "{m} {t}/..;/x HTTP/1.1",
          "{m} {t}/%2e%2e/%2e%2e HTTP/1.1",
          "{m} {t}/\u00e9 HTTP/1.1",
          "{m} {t}?a=\u00ff HTTP/1.1",
          "{m} {t}?%%% HTTP/1.1",
          "{m} /api/v1/orders/%00 HTTP/1.1",
          "{m} \\api\\v1\\orders HTTP/1.1");

  private static final List<String> HEADER_LINES =
      List.of(
          "X-Fine: yes",
          "Garbage",
          "X-Space : v",
          ": no name",
          " X-Leading: space",
          "X-Fold: a\r\n  folded",
          "X-Ctl: a\u0001b",
          "X-Nul: a\u0000b",
          "X\u0001: v",
          "X-Long: " + "a".repeat(9_000),
          "X-Latin: \u00ff\u00fe",
          "Content-Type: ;",
          "Content-Type: application/json; charset",
          "Expect: garbage",
          "Expect: 100-continue",
          "Host: ",
          "Host: other.example",
          "Connection: close",
          "Upgrade: h2c\r\n"
              + "Connection: Upgrade, HTTP2-Settings\r\n"
              + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA",
          "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13",
          "X-HTTP-Method-Override: DELETE",
          "If-Match: \"1\"",
          "If-Match: W/\"1\"",
          "Content-Encoding: gzip",
          "X-Colon:: double");

  private static final List<String> FRAMINGS =
      List.of(
          "\r\n",
          "\r\n",
          "Content-Length: 2\r\n\r\n{}",
          "Content-Length: 0\r\n\r\n",
          "Content-Length: abc\r\n\r\n",
          "Content-Length: -1\r\n\r\n",
          "Content-Length: 2, 2\r\n\r\n{}",
          "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{} ",
          "Content-Length: 99999999999999999999\r\n\r\n",
          "Content-Length: 10000000\r\n\r\n",
          "Content-Length: 1\r\n\r\n{}",
          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\n2;ext=1\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n",
          "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: chunked, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
          "Transfer-Encoding: xchunked\r\n\r\n",
          "Transfer-Encoding: identity\r\n\r\n",
          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
          "Content-Type: application/json\r\nContent-Length: 5\r\n\r\n{\"a\":",
          "Content-Type: application/json\r\nContent-Length: 4\r\n\r\n\u00ff\u00fe{}");

  /** Pieces after which the client hangs up: in the middle of headers, or of the body. */
  private static final List<String> ABANDONED =
      List.of(
          "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"customer\":",
          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"cust",
          "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n",
          "X-Half: ");

  private RawRequests() {}

  static Arbitrary<RawRequest> any() {
    Arbitrary<String> line =
        Combinators.combine(Arbitraries.of(LINES), Arbitraries.of(METHODS), Arbitraries.of(TARGETS))
            .as(
                (template, method, target) ->
                    template.replace("{m}", method).replace("{t}", target));
    Arbitrary<List<String>> headers =
        Combinators.combine(
                Arbitraries.frequency(
                    Tuple.of(12, List.of("Host: 127.0.0.1")),
                    Tuple.of(1, List.<String>of()),
                    Tuple.of(1, List.of("Host: 127.0.0.1", "Host: 127.0.0.2"))),
                Arbitraries.of(HEADER_LINES).list().ofMaxSize(3))
            .as(
                (host, more) ->
                    java.util.stream.Stream.concat(host.stream(), more.stream()).toList());
    Arbitrary<Boolean> abandoned = Arbitraries.frequency(Tuple.of(12, false), Tuple.of(1, true));
    return Combinators.combine(
            line,
            headers,
            Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
            Arbitraries.frequency(Tuple.of(12, "\r\n"), Tuple.of(1, "\n")),
            abandoned.flatMap(
                hangsUp ->
                    Arbitraries.of(hangsUp ? ABANDONED : FRAMINGS)
                        .map(framing -> new Framing(framing, hangsUp))))
        .as(
            (requestLine, headerLines, authorized, eol, framing) ->
                new RawRequest(
                    requestLine,
                    headerLines,
                    authorized,
                    eol,
                    framing.text(),
                    framing.abandoned()));
  }

  private record Framing(String text, boolean abandoned) {}
}
