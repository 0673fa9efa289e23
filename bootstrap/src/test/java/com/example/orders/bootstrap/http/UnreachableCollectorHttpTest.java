package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tracing must never cost a request its answer: with the collector gone (nothing listens) or
 * hung (it accepts connections and never answers), every request is still answered at once, and
 * the service still stops in bounded time. The spans wait in the bounded queue and are dropped.
 */
class UnreachableCollectorHttpTest {

  private static final int REQUESTS = 300;
  /** Far above a request's usual milliseconds, far below the exporter's time-out. */
  private static final Duration PROMPT = Duration.ofSeconds(2);
  private static final Duration BOUNDED_STOP = Duration.ofSeconds(15);

  @Test
  void requests_answer_promptly_while_nothing_listens_at_the_collectors_address()
      throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }

    assertRequestsArePrompt(closedPort);
  }

  @Test
  void requests_answer_promptly_while_the_collector_accepts_and_never_answers()
      throws IOException {
    try (BlackHole collector = new BlackHole()) {
      assertRequestsArePrompt(collector.port());

      // the exporter did try: its connections are stuck in the black hole
      assertThat(collector.accepted()).isPositive();
    }
  }

  private static void assertRequestsArePrompt(int collectorPort) {
    ApiService service = ApiService.start(Map.of(
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collectorPort,
        "OTEL_TRACES_SAMPLER", "always_on",
        // export at once, in small batches, from a small queue: it fills and overflows soon
        "OTEL_BSP_SCHEDULE_DELAY", "10",
        "OTEL_BSP_MAX_QUEUE_SIZE", "64",
        "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", "8",
        "OTEL_EXPORTER_OTLP_TIMEOUT", "60000"));
    long stopStarted;
    try {
      String token = service.token(ApiService.newTenant(), READ);
      List<Duration> latencies = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        long started = System.nanoTime();
        ApiResponse response = service.client().get("/api/v1/orders").token(token).send();
        latencies.add(Duration.ofNanos(System.nanoTime() - started));
        assertThat(response.status()).isEqualTo(200);
      }

      assertThat(Collections.max(latencies)).isLessThan(PROMPT);
    } finally {
      stopStarted = System.nanoTime();
      service.close();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - stopStarted)).isLessThan(BOUNDED_STOP);
  }

  /** A TCP server that accepts every connection, reads nothing and answers nothing. */
  private static final class BlackHole implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> held = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    BlackHole() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = Thread.ofVirtual().name("black-hole-collector").start(this::acceptForever);
    }

    int port() {
      return server.getLocalPort();
    }

    int accepted() {
      return held.size();
    }

    private void acceptForever() {
      while (!server.isClosed()) {
        try {
          held.add(server.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() {
      try {
        server.close();
        synchronized (held) {
          for (Socket socket : held) {
            socket.close();
          }
        }
        acceptor.join(Duration.ofSeconds(5));
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
