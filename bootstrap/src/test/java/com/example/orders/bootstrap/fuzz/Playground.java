package com.example.orders.bootstrap.fuzz;

import com.example.orders.bootstrap.http.ApiClient;
import com.example.orders.bootstrap.http.ApiResponse;
import com.example.orders.bootstrap.http.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A tenant of the fuzz's own with orders in every state, and what the fuzz has learnt about them
 * since: their ids, versions and SKUs. Generated requests name orders by position ({@link
 * FuzzRequest}), resolved here when the request is sent, so that they hit real orders with their
 * current ETag often enough to get past validation into the use cases.
 *
 * <p>The tenant is replaced every {@link #ROTATION} requests, which keeps its order list, read
 * after every request to prove that nothing changed that should not have, short.
 */
final class Playground implements AutoCloseable {

  static final int ROTATION = 100;
  private static final String ORDERS = "/api/v1/orders";

  private final FuzzTarget target;
  private final RawHttp lister;
  private final String otherTenant = newTenant();
  private final String foreignOrder;
  private final List<String> orders = new ArrayList<>();
  private final Map<String, Long> versions = new HashMap<>();
  private final Map<String, List<String>> skus = new HashMap<>();
  private String tenant;
  private FuzzTokens tokens;
  private int requests;

  Playground(FuzzTarget target) {
    this.target = target;
    this.lister = new RawHttp(target.port());
    String otherToken = target.token(otherTenant, FuzzTokens.ALL_SCOPES);
    this.foreignOrder = create(otherToken, line("FOREIGN-1")).id();
    rotate();
  }

  /**
   * Counts a generated request; every {@link #ROTATION} of them, starts over with a new tenant.
   *
   * @return whether it did, so that what was known of the old tenant's orders is void
   */
  boolean nextRequest() {
    if (++requests % ROTATION == 0) {
      rotate();
      return true;
    }
    return false;
  }

  /** The id of the {@code pick}-th known order, in any state. */
  String order(int pick) {
    return orders.get(Math.floorMod(pick, orders.size()));
  }

  /** An order of another tenant, which must not exist for this one. */
  String foreignOrder() {
    return foreignOrder;
  }

  long version(int pick) {
    return versions.getOrDefault(order(pick), 1L);
  }

  /** A SKU of the order's lines, or one it does not have. */
  String sku(int order, int pick) {
    List<String> lines = skus.getOrDefault(order(order), List.of());
    return lines.isEmpty() ? "NOT-THERE-1" : lines.get(Math.floorMod(pick, lines.size()));
  }

  Optional<String> authorization(Credential credential) {
    return tokens.authorization(credential);
  }

  /** Learns ids, versions and SKUs from an answer that carries an order. */
  void observe(ApiResponse response) {
    if (response.status() < 200
        || response.status() > 299
        || !response.mediaType().orElse("").equals("application/json")
        || response.body().isEmpty()) {
      return;
    }
    JsonNode body = response.json();
    if (body.has("items")) {
      body.path("items").forEach(this::learn);
    } else if (body.has("id") && body.has("version")) {
      learn(body);
    }
  }

  /**
   * The tenant's orders as the API lists them, every page: two snapshots are equal exactly when no
   * order was created or changed in between. Read on a kept-alive connection of its own and not
   * checked against the document (the fuzzed answers are), since it is read after every request.
   */
  String snapshot() {
    StringBuilder snapshot = new StringBuilder();
    String cursor = null;
    do {
      String request =
          "GET "
              + ORDERS
              + "?limit=100"
              + (cursor == null ? "" : "&cursor=" + cursor)
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
              + tokens.authorization(Credential.FULL).orElseThrow()
              + "\r\n\r\n";
      ApiResponse page = lister.exchange(request.getBytes(StandardCharsets.US_ASCII), false);
      if (page.status() != 200) {
        throw new AssertionError("listing the playground's orders answered " + page.status());
      }
      JsonNode body = page.json();
      snapshot.append(body.path("items"));
      cursor = body.path("nextCursor").isNull() ? null : body.path("nextCursor").asString();
    } while (cursor != null);
    return snapshot.toString();
  }

  @Override
  public void close() {
    lister.close();
  }

  private void learn(JsonNode order) {
    String id = order.path("id").asString();
    versions.put(id, order.path("version").asLong());
    List<String> lines = new ArrayList<>();
    order.path("lines").forEach(line -> lines.add(line.path("sku").asString()));
    skus.put(id, lines);
    if (!orders.contains(id)) {
      orders.add(id);
    }
  }

  /** A new tenant with one order in each state, and two drafts: one empty, one with lines. */
  private void rotate() {
    tenant = newTenant();
    tokens = new FuzzTokens(target, tenant, otherTenant);
    orders.clear();
    versions.clear();
    skus.clear();
    String token = tokenOf(Credential.FULL);
    learn(create(token).json());
    learn(create(token, line("DRAFT-1"), line("DRAFT-2")).json());
    String placed = create(token, line("PLACED-1")).id();
    learn(change(token, placed, "place", 1, null).json());
    String paid = create(token, line("PAID-1")).id();
    change(token, paid, "place", 1, null);
    learn(change(token, paid, "pay", 2, "{\"paymentReference\":\"psp-1\"}").json());
    String shipped = create(token, line("SHIPPED-1")).id();
    change(token, shipped, "place", 1, null);
    change(token, shipped, "pay", 2, "{\"paymentReference\":\"psp-2\"}");
    learn(change(token, shipped, "ship", 3, null).json());
    String cancelled = create(token, line("CANCELLED-1")).id();
    learn(change(token, cancelled, "cancel", 1, "{\"reason\":\"changed my mind\"}").json());
  }

  private String tokenOf(Credential credential) {
    return tokens.authorization(credential).orElseThrow().substring("Bearer ".length());
  }

  private ApiResponse create(String token, String... lines) {
    String body =
        """
        {"customer":{"name":"Fuzz Tester","email":"fuzz@example.com"},"currency":"EUR",\
        "lines":[%s]}\
        """
            .formatted(String.join(",", lines));
    return expect(201, target.api().post(ORDERS).token(token).json(body).send());
  }

  private ApiResponse change(String token, String id, String action, long version, String body) {
    ApiClient.Call call = target.api().post(ORDERS + "/" + id + "/" + action).token(token);
    call.ifMatch(version);
    if (body != null) {
      call.json(body);
    }
    return expect(200, call.send());
  }

  private static String line(String sku) {
    return "{\"sku\":\"%s\",\"quantity\":2,\"unitPrice\":{\"amountMinor\":1250,\"currency\":\"EUR\"}}"
        .formatted(sku);
  }

  private static ApiResponse expect(int status, ApiResponse response) {
    if (response.status() != status) {
      throw new AssertionError(
          "setting up the playground: expected "
              + status
              + " but got "
              + response.status()
              + ": "
              + response.body());
    }
    return response;
  }

  private static String newTenant() {
    return "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
