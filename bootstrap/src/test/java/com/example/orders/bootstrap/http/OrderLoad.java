package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.Bodies.line;
import static com.example.orders.bootstrap.http.Bodies.newOrder;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that create and place orders over HTTP, each in a loop, until stopped or until the
 * service stops answering. Remembers the orders whose placing the service acknowledged (200):
 * those the service promised to keep.
 */
final class OrderLoad implements AutoCloseable {

  private final ApiClient api;
  private final String token;
  private final Set<UUID> placed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger failedCalls = new AtomicInteger();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();
  private final List<Thread> clients = new ArrayList<>();
  private volatile boolean running = true;

  private OrderLoad(ApiClient api, String token) {
    this.api = api;
    this.token = token;
  }

  /** Starts {@code clients} clients at once. */
  static OrderLoad start(ApiClient api, String token, int clients) {
    OrderLoad load = new OrderLoad(api, token);
    for (int client = 0; client < clients; client++) {
      load.clients.add(Thread.ofVirtual().name("order-client-" + client).start(load::run));
    }
    return load;
  }

  /** The orders placed so far that the service acknowledged. */
  Set<UUID> placed() {
    return Set.copyOf(placed);
  }

  /** Calls that got no answer (the connection was refused or cut). */
  int failedCalls() {
    return failedCalls.get();
  }

  /** Answers other than 201 and 200 (none is expected, whatever the broker does). */
  List<String> unexpectedAnswers() {
    return List.copyOf(unexpected);
  }

  /** Stops every client after its current call, and waits for them. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread client : clients) {
      client.join(Duration.ofSeconds(40));
    }
  }

  private void run() {
    while (running) {
      try {
        ApiResponse created = api.post("/api/v1/orders").token(token)
            .json(newOrder("EUR", line("BOOK-1", 1, 990, "EUR"))).send();
        if (created.status() != 201) {
          unexpected.add("create: " + created);
          return;
        }
        ApiResponse place = api.post("/api/v1/orders/" + created.id() + "/place").token(token)
            .ifMatch(created.version()).send();
        if (place.status() != 200) {
          unexpected.add("place: " + place);
          return;
        }
        placed.add(UUID.fromString(created.id()));
      } catch (AssertionError offContract) {
        unexpected.add(offContract.getMessage());
        return;
      } catch (UncheckedIOException noAnswer) {
        failedCalls.incrementAndGet();
        return; // the service is gone: this client stops
      }
    }
  }
}
