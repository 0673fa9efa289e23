package com.example.orders.adapters.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes connections whose client takes longer than the request timeout to send one request,
 * headers and body: the defence against slowloris, where a client trickles a byte now and then so
 * that the idle timeout, which only measures the gaps, never fires, and holds a connection (and,
 * mid-body, the virtual thread reading it) for ever.
 *
 * <p>Every connection is looked at once per timeout; one that was waiting for its client both
 * times, with no request finished in between, has spent more than a timeout on one request and is
 * closed. Time the service spends answering never counts: its parser then waits for the response,
 * not for the client.
 */
final class SlowClients implements Connection.Listener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlowClients.class);

  private final Duration requestTimeout;
  private final ScheduledExecutorService clock =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("slow-clients").daemon().factory());
  private final Map<Connection, ScheduledFuture<?>> watched = new ConcurrentHashMap<>();

  SlowClients(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      Watch watch = new Watch(http);
      long period = requestTimeout.toMillis();
      watched.put(
          connection, clock.scheduleAtFixedRate(watch, period, period, TimeUnit.MILLISECONDS));
    }
  }

  @Override
  public void onClosed(Connection connection) {
    ScheduledFuture<?> watch = watched.remove(connection);
    if (watch != null) {
      watch.cancel(false);
    }
  }

  @Override
  public void close() {
    clock.shutdownNow();
  }

  /** What one connection looked like at the last look. */
  private final class Watch implements Runnable {

    private final HttpConnection connection;
    private boolean waitingBefore;
    private long requestsBefore = -1;

    Watch(HttpConnection connection) {
      this.connection = connection;
    }

    @Override
    public void run() {
      long requests = connection.getMessagesIn();
      boolean waiting = isWaitingForClient(connection.getParser());
      if (waiting && waitingBefore && requests == requestsBefore) {
        log.debug(
            "closing {}: one request took its client longer than {}",
            connection.getEndPoint().getRemoteSocketAddress(),
            requestTimeout);
        // as Jetty's own idle timeout does: a handler reading the body fails with 408, and a
        // connection with no handler yet is closed
        if (connection.onIdleExpired(new TimeoutException("request timeout " + requestTimeout))) {
          connection.getEndPoint().close();
        }
      }
      waitingBefore = waiting;
      requestsBefore = requests;
    }
  }

  /** Part of a request has arrived, and the parser wants the rest of its headers or body. */
  private static boolean isWaitingForClient(HttpParser parser) {
    // read from another thread than the parser's: a stale answer only delays a close by a period
    return (parser.inHeaderState() && !parser.isStart()) || parser.inContentState();
  }
}
