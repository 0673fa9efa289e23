package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that trickles its request, a byte now and then so that the idle timeout never fires
 * (slowloris), is cut off once it has taken longer than the request timeout, whether it trickles
 * the headers or the body; the service goes on serving everyone else.
 */
class SlowClientsHttpTest {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
  private static final long TRICKLE_MILLIS = 200;

  /** Far longer than the two looks at the connection that it takes to cut a client off. */
  private static final Duration PATIENCE = Duration.ofSeconds(15);

  private static ApiService service;

  @BeforeAll
  static void start() {
    service = ApiService.start(Map.of("HTTP_REQUEST_TIMEOUT", "1s"));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_client_that_trickles_its_headers_is_cut_off() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      CutOff cut = trickle(socket, "GET /health/live HTTP/1.1\r\nHost: x\r\nX-Slow: ", "a");

      assertThat(cut.after()).isBetween(REQUEST_TIMEOUT, PATIENCE);
    }
    assertThat(service.client().get("/openapi.yaml").send().status()).isEqualTo(200);
  }

  @Test
  void a_client_that_trickles_its_body_is_cut_off_with_408() throws Exception {
    String token = service.token(ApiService.newTenant(), READ, WRITE);
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      CutOff cut =
          trickle(
              socket,
              "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Authorization: Bearer "
                  + token
                  + "\r\nContent-Length: 4000\r\n\r\n{\"customer\":",
              " ");

      assertThat(cut.after()).isBetween(REQUEST_TIMEOUT, PATIENCE);
      assertThat(cut.answer()).isEqualTo("HTTP/1.1 408 Request Timeout");
    }
  }

  /** How long the server waited for a trickling client, and its status line, if it answered. */
  private record CutOff(Duration after, String answer) {}

  /**
   * Sends {@code start}, then {@code drop} every {@value #TRICKLE_MILLIS} ms until the server
   * closes the connection or answers. Fails after {@link #PATIENCE}.
   */
  private static CutOff trickle(Socket socket, String start, String drop) throws Exception {
    long began = System.nanoTime();
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    socket.setSoTimeout((int) TRICKLE_MILLIS);
    out.write(start.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    while (System.nanoTime() - began < PATIENCE.toNanos()) {
      try {
        int first = in.read();
        if (first < 0) {
          return new CutOff(Duration.ofNanos(System.nanoTime() - began), "");
        }
        Duration after = Duration.ofNanos(System.nanoTime() - began);
        socket.setSoTimeout((int) PATIENCE.toMillis());
        StringBuilder statusLine = new StringBuilder().append((char) first);
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
          statusLine.append((char) next);
        }
        return new CutOff(after, statusLine.toString().strip());
      } catch (SocketTimeoutException stillOpen) {
        // the server is still waiting: send the next byte
      } catch (IOException reset) {
        return new CutOff(Duration.ofNanos(System.nanoTime() - began), "");
      }
      try {
        out.write(drop.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException closed) {
        return new CutOff(Duration.ofNanos(System.nanoTime() - began), "");
      }
    }
    throw new AssertionError("the server still waited for the trickling client after " + PATIENCE);
  }
}
