package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ApiService.WRITE;
import static com.example.orders.bootstrap.http.Bodies.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stopping the service lets requests in flight finish, even those still sending their body. */
class GracefulShutdownHttpTest {

  /**
   * Longer than the one second to which Jetty cuts every connection's idle timeout on shutdown, so
   * that idle keep-alive connections close at once.
   */
  private static final long PAUSE_LONGER_THAN_JETTYS_SHUTDOWN_IDLE_TIMEOUT_MILLIS = 2_000;

  /** Time for the server to dispatch the request to its handler once it has the headers. */
  private static final long DISPATCH_MILLIS = 1_000;

  /**
   * Time for the server to begin its stop; well under the one second after which Jetty closes idle
   * connections on shutdown.
   */
  private static final long SHUTDOWN_START_MILLIS = 300;

  /** Services started, at most, to get one request in while one stops. */
  private static final int ATTEMPTS = 3;

  private static final byte[] LIVENESS =
      "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void an_order_still_uploading_when_the_service_stops_is_created() throws Exception {
    ApiService service = ApiService.start();
    Thread stopping = null;
    try (Socket socket = new Socket("127.0.0.1", service.port())) {
      byte[] body = newOrder("EUR").getBytes(StandardCharsets.UTF_8);
      int half = body.length / 2;
      OutputStream out = socket.getOutputStream();
      startCreating(out, service, body, half);
      Thread.sleep(DISPATCH_MILLIS);

      stopping = Thread.ofVirtual().start(service::close);
      Thread.sleep(PAUSE_LONGER_THAN_JETTYS_SHUTDOWN_IDLE_TIMEOUT_MILLIS);
      out.write(body, half, body.length - half);
      out.flush();

      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      assertThat(in.readLine()).isEqualTo("HTTP/1.1 201 Created");
    } finally {
      if (stopping == null) {
        service.close();
      } else {
        stopping.join();
      }
    }
  }

  @Test
  void a_request_that_arrives_while_the_service_stops_is_503_with_retry_after() throws Exception {
    // Jetty closes idle connections soon after the stop begins, so the request must slip in
    // before that; on a busy machine it may miss, and then it is tried with a fresh service
    Optional<ApiResponse> refused = Optional.empty();
    for (int attempt = 0; attempt < ATTEMPTS && refused.isEmpty(); attempt++) {
      refused = askWhileStopping();
    }

    assertThat(refused).as("no request got in while the service stopped").isPresent();
    HostileRequestsHttpTest.assertRawProblem(refused.get(), 503);
    assertThat(refused.get().code()).isEqualTo("server.unavailable");
    assertThat(refused.get().header("Retry-After")).hasValue("1");
  }

  /**
   * Keeps a service draining with an upload in flight, and asks for liveness on a connection opened
   * before the stop; empty when the server had closed that connection first.
   */
  private static Optional<ApiResponse> askWhileStopping() throws Exception {
    ApiService service = ApiService.start();
    Thread stopping = null;
    try (Socket uploading = new Socket("127.0.0.1", service.port());
        Socket idle = new Socket("127.0.0.1", service.port())) {
      byte[] body = newOrder("EUR").getBytes(StandardCharsets.UTF_8);
      OutputStream upload = uploading.getOutputStream();
      startCreating(upload, service, body, 1);
      Thread.sleep(DISPATCH_MILLIS);
      idle.getOutputStream().write(LIVENESS);
      assertThat(RawHttp.read(idle.getInputStream()).status()).isEqualTo(200);

      stopping = Thread.ofVirtual().start(service::close);
      Thread.sleep(SHUTDOWN_START_MILLIS);
      try {
        idle.getOutputStream().write(LIVENESS);
        return Optional.of(RawHttp.read(idle.getInputStream()));
      } catch (IOException closedFirst) {
        return Optional.empty();
      } finally {
        // the upload ends, so that the stop need not wait for its time-out
        upload.write(body, 1, body.length - 1);
        upload.flush();
      }
    } finally {
      if (stopping == null) {
        service.close();
      } else {
        stopping.join();
      }
    }
  }

  /** Sends the headers of an order's creation and the first {@code sent} bytes of its body. */
  private static void startCreating(OutputStream out, ApiService service, byte[] body, int sent)
      throws IOException {
    out.write(
        ("POST /api/v1/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer "
                + service.token(ApiService.newTenant(), READ, WRITE)
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, sent);
    out.flush();
  }
}
