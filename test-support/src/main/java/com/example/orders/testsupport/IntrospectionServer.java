package com.example.orders.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, real OAuth 2.0 token introspection endpoint (RFC 7662) on a free loopback port, for
 * tests of a service that introspects: {@code POST /introspect} with a form {@code token=...},
 * authenticated by HTTP Basic with the client credentials it was started with (else {@code 401}).
 * It answers, for each token, the JSON object a test {@linkplain #answer registered}, or {@code
 * {"active":false}} for any other token, and counts every call it gets.
 */
public final class IntrospectionServer implements AutoCloseable {

  public static final String PATH = "/introspect";
  private static final String INACTIVE = "{\"active\":false}";

  private final HttpServer server;
  private final String expectedAuthorization;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> callsByToken = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile String lastTraceParent;

  private IntrospectionServer(HttpServer server, String clientId, String clientSecret) {
    this.server = server;
    this.expectedAuthorization = "Basic " + Base64.getEncoder().encodeToString(
        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    server.createContext(PATH, this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  /** A server that accepts these client credentials, listening on a free port of 127.0.0.1. */
  public static IntrospectionServer start(String clientId, String clientSecret) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      return new IntrospectionServer(server, clientId, clientSecret);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot listen on a loopback port", failure);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The endpoint's URL, for this port or another (a proxy in front of it). */
  public URI endpoint(int port) {
    return URI.create("http://127.0.0.1:" + port + PATH);
  }

  public URI endpoint() {
    return endpoint(port());
  }

  /** From now on, introspecting {@code token} answers {@code json} (a JSON object). */
  public void answer(String token, String json) {
    answers.put(token, json);
  }

  /** From now on, {@code token} is inactive, as after a revocation. */
  public void revoke(String token) {
    answers.put(token, INACTIVE);
  }

  /** Every call so far, whatever it asked and however it was answered. */
  public int calls() {
    return calls.get();
  }

  /** The W3C {@code traceparent} header of the latest call, if it had one. */
  public Optional<String> lastTraceParent() {
    return Optional.ofNullable(lastTraceParent);
  }

  /** The calls that asked about {@code token}. */
  public int calls(String token) {
    return Optional.ofNullable(callsByToken.get(token)).map(AtomicInteger::get).orElse(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      calls.incrementAndGet();
      lastTraceParent = exchange.getRequestHeaders().getFirst("traceparent");
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Optional<String> token = parameter(form, "token");
      token.ifPresent(asked -> callsByToken.computeIfAbsent(asked, t -> new AtomicInteger())
          .incrementAndGet());
      if (!exchange.getRequestMethod().equals("POST")) {
        reply(exchange, 405, "{\"error\":\"invalid_request\"}");
      } else if (!expectedAuthorization.equals(
          exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, "{\"error\":\"invalid_client\"}");
      } else if (token.isEmpty()) {
        reply(exchange, 400, "{\"error\":\"invalid_request\"}");
      } else {
        reply(exchange, 200, answers.getOrDefault(token.get(), INACTIVE));
      }
    }
  }

  private static Optional<String> parameter(String form, String name) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
