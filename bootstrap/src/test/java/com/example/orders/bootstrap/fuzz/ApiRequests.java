package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.fuzz.ApiOperations.Operation;
import com.example.orders.bootstrap.fuzz.ApiOperations.Parameter;
import com.example.orders.bootstrap.fuzz.FuzzRequest.Header;
import com.example.orders.bootstrap.fuzz.FuzzRequest.Literal;
import com.example.orders.bootstrap.fuzz.FuzzRequest.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;

/**
 * Requests for the document's operations, as a client would send them and then broken: parameters
 * from their schemas or hostile, bodies from their schemas and mutated, odd Content-Types and
 * If-Match forms, extra headers and credentials of every kind. Path parameters named {@code id} and
 * {@code sku} mostly name the playground's orders and their lines, so that requests reach the use
 * cases rather than stopping at "not found".
 */
final class ApiRequests {

  /** Methods no operation has, and spellings of those that some have. */
  static final List<String> UNUSUAL_METHODS =
      List.of(
          "OPTIONS",
          "TRACE",
          "PATCH",
          "PROPFIND",
          "PUT",
          "PRI",
          "MKCOL",
          "COPY",
          "MOVE",
          "LOCK",
          "UNLOCK",
          "SEARCH",
          "QUERY",
          "CONNECT",
          "M-SEARCH",
          "BREW",
          "HEAD",
          "DELETE",
          "GET",
          "POST",
          "get",
          "Post",
          "G\u00c9T",
          "X".repeat(300));

  private static final List<String> CONTENT_TYPES =
      List.of(
          ";",
          "",
          " ",
          "application/json;",
          "application/json; charset",
          "application/json; charset=",
          "application/json; charset=latin-1",
          "application/json; charset=utf-16",
          "application/json; charset=x-unknown-42",
          "application/json; charset=\"\"",
          "application/json; charset=utf-8; charset=latin1",
          "application/json;;",
          "application/json; =",
          "application/json; boundary",
          "application/json; charset=utf-8, text/plain",
          "text/plain",
          "application/problem+json",
          "application/json-patch+json",
          "application/*",
          "*/*",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/jsonx",
          "json",
          "/",
          "application/",
          "\u00fc/\u00fc",
          "application/json\u0000",
          "APPLICATION/JSON; CHARSET=\"UTF-8\"",
          "application/json; charset=UTF8");

  private static final List<String> IF_MATCH_FORMS =
      List.of(
          "W/\"%d\"",
          "%d",
          "\"%d\", \"%d\"",
          " \"%d\" ",
          "\"0%d\"",
          "\"%d",
          "%d\"",
          "\"%d\"\"",
          "\"+%d\"",
          "\"%d.0\"",
          "*",
          "\"\"",
          "\"-1\"",
          "\"0\"",
          "\"99999999999999999999\"",
          "\"9223372036854775807\"",
          "W/*",
          "\"%d\",",
          "'%d'");

  private final ApiOperations operations;
  private final SchemaValues values;

  ApiRequests(ApiOperations operations) {
    this.operations = operations;
    this.values = new SchemaValues(operations);
  }

  /** A request for any operation of the document. */
  Arbitrary<FuzzRequest> forOperations() {
    return Arbitraries.of(operations.operations()).flatMap(this::forOperation);
  }

  /** A request for any path of the document, with a method that no operation there has, mostly. */
  Arbitrary<FuzzRequest> withUnusualMethods() {
    return Combinators.combine(forOperations(), Arbitraries.of(UNUSUAL_METHODS))
        .as(FuzzRequest::withMethod);
  }

  private Arbitrary<FuzzRequest> forOperation(Operation operation) {
    return Arbitraries.integers()
        .between(0, 15)
        .flatMap(
            order ->
                Combinators.combine(
                        method(operation),
                        path(operation, order),
                        query(operation),
                        headers(operation, order),
                        credential(),
                        body(operation))
                    .as(FuzzRequest::new));
  }

  private static Arbitrary<String> method(Operation operation) {
    return operation.method().equals("GET")
        ? Arbitraries.frequency(Tuple.of(6, "GET"), Tuple.of(1, "HEAD"))
        : Arbitraries.just(operation.method());
  }

  private Arbitrary<List<Segment>> path(Operation operation, int order) {
    List<Arbitrary<Segment>> segments = new ArrayList<>();
    for (String segment : operation.path().substring(1).split("/")) {
      if (segment.startsWith("{")) {
        String name = segment.substring(1, segment.length() - 1);
        Parameter parameter =
            operation.in("path").stream()
                .filter(each -> each.name().equals(name))
                .findFirst()
                .orElseThrow();
        segments.add(pathParameter(parameter, order));
      } else {
        segments.add(
            Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.just(new Literal(segment))),
                Tuple.of(
                    1,
                    Arbitraries.of(
                            segment.toUpperCase(java.util.Locale.ROOT),
                            segment + ";x=1",
                            "%"
                                + String.format("%02X", (int) segment.charAt(0))
                                + segment.substring(1),
                            segment + "%20",
                            segment + "/",
                            ".",
                            "..",
                            "")
                        .map(Literal::new))));
      }
    }
    return Combinators.combine(segments).as(List::copyOf);
  }

  private Arbitrary<Segment> pathParameter(Parameter parameter, int order) {
    Arbitrary<Segment> valid =
        values.of(parameter.schema()).map(node -> new Literal(Encoding.percent(text(node))));
    Arbitrary<Segment> hostile =
        HostileValues.strings()
            .flatMap(text -> Arbitraries.of(Encoding.percent(text), Encoding.raw(text)))
            .filter(text -> !text.isEmpty())
            .map(Literal::new);
    return switch (parameter.name()) {
      case "id" ->
          Arbitraries.frequencyOf(
              Tuple.of(12, Arbitraries.just(new FuzzRequest.KnownOrder(order))),
              Tuple.of(1, Arbitraries.just(new FuzzRequest.ForeignOrder())),
              Tuple.of(2, valid),
              Tuple.of(2, hostile));
      case "sku" ->
          Arbitraries.frequencyOf(
              Tuple.of(
                  6,
                  Arbitraries.integers()
                      .between(0, 3)
                      .map(line -> new FuzzRequest.KnownSku(order, line))),
              Tuple.of(3, valid),
              Tuple.of(2, hostile));
      default -> Arbitraries.frequencyOf(Tuple.of(3, valid), Tuple.of(1, hostile));
    };
  }

  private Arbitrary<String> query(Operation operation) {
    List<Arbitrary<Optional<String>>> parameters = new ArrayList<>();
    for (Parameter parameter : operation.in("query")) {
      Arbitrary<String> value =
          Arbitraries.frequencyOf(
              Tuple.of(3, values.of(parameter.schema()).map(node -> Encoding.percent(text(node)))),
              Tuple.of(
                  1,
                  HostileValues.strings()
                      .flatMap(
                          text -> Arbitraries.of(Encoding.percent(text), Encoding.raw(text)))));
      parameters.add(value.map(text -> parameter.name() + "=" + text).optional(0.5));
    }
    parameters.add(
        Arbitraries.of(
                "unknown=1",
                "limit=1&limit=2",
                "limit",
                "limit=",
                "=",
                "&&",
                "%",
                "%zz=1",
                "status=PAID&status=DRAFT",
                "cursor=%00",
                "limit=1e2",
                "limit=-0",
                "limit=0x10",
                "limit=99999999999999999999",
                "a[]=1",
                "a[b]=c")
            .optional(0.1));
    return Combinators.combine(parameters)
        .as(chosen -> String.join("&", chosen.stream().flatMap(Optional::stream).toList()));
  }

  private Arbitrary<List<Header>> headers(Operation operation, int order) {
    List<Arbitrary<Optional<Header>>> headers = new ArrayList<>();
    for (Parameter parameter : operation.in("header")) {
      headers.add(
          parameter.name().equalsIgnoreCase("If-Match")
              ? ifMatch(order).map(Optional::of)
              : HostileValues.strings()
                  .map(
                      text -> new Header(parameter.name(), new Literal(Encoding.headerValue(text))))
                  .optional(0.8));
    }
    headers.add(contentType(operation.bodySchema().isPresent()));
    Arbitrary<List<Header>> declared =
        Combinators.combine(headers)
            .as(chosen -> chosen.stream().flatMap(Optional::stream).toList());
    Arbitrary<List<Header>> extra =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(List.<Header>of())),
            Tuple.of(4, ExtraHeaders.any().list().ofMinSize(1).ofMaxSize(3)),
            Tuple.of(1, ExtraHeaders.many()));
    return Combinators.combine(declared, extra)
        .as(
            (first, second) -> {
              List<Header> all = new ArrayList<>(first);
              all.addAll(second);
              return List.copyOf(all);
            });
  }

  private static Arbitrary<Header> ifMatch(int order) {
    Arbitrary<FuzzRequest.Value> value =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.just(new FuzzRequest.Version(order, 0, "\"%d\""))),
            Tuple.of(
                2,
                Arbitraries.of(-1L, 1L, 1000L)
                    .map(offset -> new FuzzRequest.Version(order, offset, "\"%d\""))),
            Tuple.of(
                3,
                Arbitraries.of(IF_MATCH_FORMS)
                    .map(form -> new FuzzRequest.Version(order, 0, form))),
            Tuple.of(
                1, HostileValues.strings().map(text -> new Literal(Encoding.headerValue(text)))));
    return value.map(each -> new Header("If-Match", each));
  }

  private static Arbitrary<Optional<Header>> contentType(boolean takesBody) {
    Arbitrary<Header> json =
        Arbitraries.of(
                "application/json",
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8")
            .map(type -> new Header("Content-Type", new Literal(type)));
    Arbitrary<Header> odd =
        Arbitraries.of(CONTENT_TYPES).map(type -> new Header("Content-Type", new Literal(type)));
    return takesBody
        ? Arbitraries.frequencyOf(
            Tuple.of(10, json.map(Optional::of)),
            Tuple.of(3, odd.map(Optional::of)),
            Tuple.of(1, Arbitraries.just(Optional.empty())))
        : Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.just(Optional.empty())),
            Tuple.of(1, json.map(Optional::of)),
            Tuple.of(2, odd.map(Optional::of)));
  }

  private static Arbitrary<Credential> credential() {
    List<Tuple.Tuple2<Integer, Credential>> weights = new ArrayList<>();
    for (Credential credential : Credential.values()) {
      weights.add(Tuple.of(credential == Credential.FULL ? 30 : 1, credential));
    }
    return Arbitraries.frequency(weights);
  }

  private Arbitrary<Optional<FuzzRequest.Body>> body(Operation operation) {
    if (operation.bodySchema().isPresent()) {
      return Arbitraries.frequencyOf(
          Tuple.of(12, BodyMutations.of(values.of(operation.bodySchema().get())).map(Optional::of)),
          Tuple.of(1, Arbitraries.just(Optional.empty())));
    }
    return Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.just(Optional.empty())),
        Tuple.of(1, BodyMutations.unexpected().map(Optional::of)));
  }

  /** A schema value as it goes into a path or query: strings as they are, the rest as JSON. */
  private static String text(JsonNode node) {
    return node.isString() ? node.asString() : node.toString();
  }
}
