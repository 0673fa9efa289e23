package com.example.orders.adapters.persistence.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the {@code outbox_appended} notifications that the outbox trigger sends on commit.
 *
 * <p>{@code LISTEN} needs one session for as long as it listens, so it has a connection of its
 * own, outside the pool (a pooled one would be held forever and count against requests). When
 * that connection is lost, waiting degrades to sleeping for the timeout, which makes the relay
 * poll, and each wait tries to listen again; each change of state is logged once. Right after
 * (re)connecting a wait returns at once: notifications sent while nobody listened are lost.
 */
final class OutboxNotifications implements AutoCloseable {

  static final String CHANNEL = "outbox_appended";

  private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

  private final PostgresSettings settings;
  private final Object lock = new Object();
  private Connection connection; // guarded by lock; null while not listening
  private boolean degraded;
  private boolean closed;

  OutboxNotifications(PostgresSettings settings) {
    this.settings = settings;
  }

  void await(Duration timeout) throws InterruptedException {
    Connection listening;
    synchronized (lock) {
      if (closed) {
        return;
      }
      if (connection == null) {
        if (startListening()) {
          return;
        }
        listening = null;
      } else {
        listening = connection;
      }
    }
    if (listening == null) {
      Thread.sleep(timeout);
      return;
    }
    try {
      // pgjdbc blocks on the socket for at most this long; 0 would mean forever
      int millis = (int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE);
      listening.unwrap(PGConnection.class).getNotifications(millis);
    } catch (SQLException lost) {
      synchronized (lock) {
        drop(lost);
      }
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      closeQuietly();
    }
  }

  /** Connects and listens; says whether that worked. Called with the lock held. */
  private boolean startListening() {
    try {
      connection = connect();
    } catch (SQLException failure) {
      drop(failure);
      return false;
    }
    if (degraded) {
      log.info("outbox notifications restored: the relay is woken on commit again");
      degraded = false;
    }
    return true;
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", settings.user());
    properties.setProperty("password", settings.password());
    properties.setProperty("ApplicationName", "orders-service-outbox-listener");
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("connectTimeout",
        String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds())));
    Connection fresh = DriverManager.getConnection(settings.jdbcUrl(), properties);
    try (Statement listen = fresh.createStatement()) {
      listen.execute("LISTEN " + CHANNEL);
    } catch (SQLException failure) {
      fresh.close();
      throw failure;
    }
    return fresh;
  }

  private void drop(SQLException failure) {
    closeQuietly();
    if (!degraded && !closed) {
      log.warn("outbox notifications unavailable, the relay polls until they return: {}",
          failure.toString());
      degraded = true;
    }
  }

  private void closeQuietly() {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException alreadyBroken) {
      // the connection is being dropped because it failed: nothing more to learn from it
    }
    connection = null;
  }
}
