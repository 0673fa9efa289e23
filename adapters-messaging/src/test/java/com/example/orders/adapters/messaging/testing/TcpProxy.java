package com.example.orders.adapters.messaging.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port in front of a real server, for injecting faults: {@link
 * #cut} drops every connection through it and refuses new ones (accepted, then closed at once),
 * {@link #restore} lets connections through again. The port stays the same throughout.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress upstream;
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean cut;

  private TcpProxy(InetSocketAddress upstream, ServerSocket listener) {
    this.upstream = upstream;
    this.listener = listener;
    Thread.ofVirtual().name("tcp-proxy-accept").start(this::accept);
  }

  public static TcpProxy to(String host, int port) throws IOException {
    return new TcpProxy(new InetSocketAddress(host, port),
        new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** Connections made through the proxy so far. */
  public int connections() {
    return connections.get();
  }

  /** Drops every connection and refuses new ones until {@link #restore}. */
  public void cut() {
    cut = true;
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  public void restore() {
    cut = false;
  }

  @Override
  public void close() {
    cut();
    closeQuietly(listener);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket();
        server.connect(upstream, 2_000);
        open.add(client);
        open.add(server);
        connections.incrementAndGet();
        pump(client, server);
        pump(server, client);
      } catch (IOException closedOrRefused) {
        // the listener closed, or the upstream refused: that connection is simply gone
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread.ofVirtual().name("tcp-proxy-pump").start(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException dropped) {
        // cut, or closed by either side
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        open.remove(from);
        open.remove(to);
      }
    });
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyClosed) {
      // nothing to do: it is closed either way
    }
  }
}
