package com.example.orders.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultyProxyTest {

  private ServerSocket echo;
  private FaultyProxy proxy;

  @BeforeEach
  void startAnEchoServerBehindTheProxy() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::echoLines);
    proxy = FaultyProxy.to("127.0.0.1", echo.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    echo.close();
  }

  @Test
  void bytes_pass_both_ways_until_a_fault_is_injected() throws IOException {
    try (Connection connection = new Connection(proxy.port())) {
      assertThat(connection.ask("hello")).isEqualTo("hello");
    }
  }

  @Test
  void a_cut_closes_open_connections_and_every_new_one_until_restored() throws IOException {
    try (Connection open = new Connection(proxy.port())) {
      proxy.cut();

      assertThat(open.ask("anyone?")).isNull();
      try (Connection refused = new Connection(proxy.port())) {
        assertThat(refused.ask("anyone?")).isNull();
      }
    }
    proxy.restore();
    try (Connection again = new Connection(proxy.port())) {
      assertThat(again.ask("back")).isEqualTo("back");
    }
  }

  @Test
  void a_delay_holds_every_chunk_in_each_direction() throws IOException {
    proxy.delay(Duration.ofMillis(200));
    try (Connection slow = new Connection(proxy.port())) {
      long start = System.nanoTime();

      assertThat(slow.ask("slowly")).isEqualTo("slowly");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
  }

  private void echoLines() {
    while (!echo.isClosed()) {
      try {
        Socket client = echo.accept();
        Thread.ofVirtual().start(() -> {
          try (client;
              BufferedReader in = new BufferedReader(
                  new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
              PrintWriter out = new PrintWriter(client.getOutputStream(), true,
                  StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              out.println(line);
            }
          } catch (IOException gone) {
            // the proxy closed the connection: nothing more to echo
          }
        });
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** A line-based client; {@link #ask} is the echoed line, or null once the proxy closed it. */
  private static final class Connection implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final PrintWriter out;

    Connection(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(5_000);
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    String ask(String line) throws IOException {
      out.println(line);
      try {
        return in.readLine();
      } catch (SocketException reset) {
        return null;
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
