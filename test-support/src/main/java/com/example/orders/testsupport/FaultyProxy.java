package com.example.orders.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free loopback port in front of a real service, for tests that need that
 * service to fail for real: {@link #cut()} closes every connection and every new one at once (a
 * crashed or unreachable server, as drivers see it), {@link #delay} holds every chunk of bytes
 * in both directions (a slow network or server), {@link #restore()} ends either fault.
 *
 * <p>Each connection is forwarded by two virtual threads, one per direction.
 */
public final class FaultyProxy implements AutoCloseable {

  private static final int BUFFER_BYTES = 16 * 1024;

  private final InetSocketAddress upstream;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;
  private volatile Duration delay = Duration.ZERO;

  private FaultyProxy(InetSocketAddress upstream, ServerSocket listener) {
    this.upstream = upstream;
    this.listener = listener;
    Thread.ofVirtual().name("faulty-proxy-" + listener.getLocalPort()).start(this::accept);
  }

  /** A proxy to {@code host:port}, listening on a free port of 127.0.0.1 and forwarding. */
  public static FaultyProxy to(String host, int port) {
    try {
      ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      return new FaultyProxy(new InetSocketAddress(host, port), listener);
    } catch (IOException failure) {
      throw new UncheckedIOException("cannot listen on a loopback port", failure);
    }
  }

  /** The port to connect to instead of the service's own. */
  public int port() {
    return listener.getLocalPort();
  }

  /** Closes every open connection, and from now on every new one as soon as it is accepted. */
  public void cut() {
    cut = true;
    open.forEach(FaultyProxy::closeQuietly);
    open.clear();
  }

  /** Holds every chunk for {@code latency} before forwarding it, in both directions. */
  public void delay(Duration latency) {
    delay = latency;
  }

  /** Forwards again, at once: ends a {@link #cut()} and a {@link #delay}. */
  public void restore() {
    delay = Duration.ZERO;
    cut = false;
  }

  @Override
  public void close() {
    closeQuietly(listener);
    cut();
  }

  private void accept() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      if (cut) {
        closeQuietly(client);
        continue;
      }
      Thread.ofVirtual().start(() -> connect(client));
    }
  }

  private void connect(Socket client) {
    Socket server = new Socket();
    try {
      server.connect(upstream);
    } catch (IOException unreachable) {
      closeQuietly(client);
      closeQuietly(server);
      return;
    }
    open.add(client);
    open.add(server);
    if (cut) { // cut while connecting: this connection is one of those cut
      cut();
      return;
    }
    Thread.ofVirtual().start(() -> forward(client, server));
    Thread.ofVirtual().start(() -> forward(server, client));
  }

  private void forward(Socket from, Socket to) {
    byte[] buffer = new byte[BUFFER_BYTES];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        Duration latency = delay;
        if (latency.isPositive()) {
          Thread.sleep(latency);
        }
        if (cut) {
          break;
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException | InterruptedException ended) {
      // closed by the other side, the other direction or a cut: nothing left to forward
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyBroken) {
      // closing is all that is asked of a socket here
    }
  }
}
