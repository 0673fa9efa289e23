package com.example.orders.adapters.messaging.rabbit;

import com.example.orders.application.port.DependencyUnavailableException;
import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoverableConnection;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import com.rabbitmq.client.impl.ForgivingExceptionHandler;
import com.rabbitmq.client.impl.recovery.RecordedBinding;
import com.rabbitmq.client.impl.recovery.RecordedConsumer;
import com.rabbitmq.client.impl.recovery.RecordedExchange;
import com.rabbitmq.client.impl.recovery.RecordedQueue;
import com.rabbitmq.client.impl.recovery.TopologyRecoveryFilter;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one connection to RabbitMQ. amqp-client recovers it after a loss (channels,
 * topology and consumers included); the first connection, which amqp-client does not retry, is
 * made here on demand. Each change of state is logged once: unreachable, connected, lost,
 * recovered, blocked by the broker (an alarm), unblocked.
 */
final class BrokerConnection implements AutoCloseable {

  static final String DEPENDENCY = "broker";
  /** The {@code messaging.system} of spans. */
  static final String SYSTEM = "rabbitmq";
  private static final Logger log = LoggerFactory.getLogger(BrokerConnection.class);
  private static final Duration RECOVERY_INTERVAL = Duration.ofSeconds(1);
  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
  private static final int HEARTBEAT_SECONDS = 10;

  private final RabbitSettings settings;
  private final ConnectionFactory factory;
  // consumers run their handlers on virtual threads: a slow handler holds no platform thread
  private final ExecutorService consumerThreads = Executors.newVirtualThreadPerTaskExecutor();
  private final Object lock = new Object();
  private Connection connection; // guarded by lock
  private boolean unreachableLogged; // guarded by lock
  private boolean closed; // guarded by lock

  BrokerConnection(RabbitSettings settings) {
    this.settings = settings;
    this.factory = new ConnectionFactory();
    try {
      factory.setUri(settings.uri());
    } catch (GeneralSecurityException invalid) {
      throw new IllegalArgumentException("the broker URI is not usable: " + settings.maskedUri(),
          invalid);
    }
    if (settings.uri().getRawPath() == null || settings.uri().getRawPath().equals("/")
        || settings.uri().getRawPath().isEmpty()) {
      // by the AMQP URI rules a bare "/" names the empty vhost, which never exists: read it as
      // the default vhost, as people mean it (write %2F to say so explicitly)
      factory.setVirtualHost("/");
    }
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    factory.setTopologyRecoveryFilter(new ConsumersOnly());
    factory.setNetworkRecoveryInterval(RECOVERY_INTERVAL.toMillis());
    factory.setConnectionTimeout((int) CONNECTION_TIMEOUT.toMillis());
    factory.setRequestedHeartbeat(HEARTBEAT_SECONDS);
    factory.setSharedExecutor(consumerThreads);
    factory.setExceptionHandler(new QuietRecovery());
  }

  /**
   * The open connection, connecting first if there is none yet.
   *
   * @throws DependencyUnavailableException when the broker cannot be reached now
   */
  Connection connection() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("the broker connection is closed");
      }
      if (connection == null) {
        connection = connect();
      }
      return connection;
    }
  }

  /** Whether a connection is open now (not while it is lost or recovering). */
  boolean isOpen() {
    synchronized (lock) {
      return connection != null && connection.isOpen();
    }
  }

  @Override
  public void close() {
    Connection open;
    synchronized (lock) {
      closed = true;
      open = connection;
      connection = null;
    }
    try {
      if (open != null && open.isOpen()) {
        open.close((int) CONNECTION_TIMEOUT.toMillis());
      }
    } catch (IOException | ShutdownSignalException alreadyGone) {
      log.debug("broker connection was already closed: {}", alreadyGone.toString());
    } finally {
      consumerThreads.shutdown();
    }
  }

  private Connection connect() {
    try {
      Connection fresh = factory.newConnection("orders-service");
      unreachableLogged = false;
      log.atInfo().addKeyValue("broker", settings.maskedUri()).log("connected to the broker");
      watch(fresh);
      return fresh;
    } catch (IOException | TimeoutException failure) {
      if (!unreachableLogged) {
        log.atWarn().addKeyValue("broker", settings.maskedUri())
            .log("broker unreachable, trying again: {}", failure.toString());
        unreachableLogged = true;
      }
      throw new DependencyUnavailableException(DEPENDENCY, failure);
    }
  }

  private static void watch(Connection fresh) {
    fresh.addShutdownListener(cause -> {
      if (!cause.isInitiatedByApplication()) {
        log.warn("connection to the broker lost, recovering: {}", cause.getMessage());
      }
    });
    fresh.addBlockedListener(new BlockedListener() {
      @Override
      public void handleBlocked(String reason) {
        log.warn("the broker blocks publishing: {}", reason);
      }

      @Override
      public void handleUnblocked() {
        log.info("the broker accepts publishing again");
      }
    });
    if (fresh instanceof RecoverableConnection recoverable) {
      recoverable.addRecoveryListener(new RecoveryListener() {
        @Override
        public void handleRecovery(Recoverable recovered) {
          log.info("connection to the broker recovered");
        }

        @Override
        public void handleRecoveryStarted(Recoverable recovering) {
          // the loss was logged by the shutdown listener: one line per change of state
        }
      });
    }
  }

  /**
   * Recovery re-subscribes the consumers, and leaves exchanges, queues and bindings alone: they
   * are durable (quorum queues) and outlive a lost connection, and amqp-client would re-declare
   * them on the channel that first declared them, which start-up has closed, logging an error with
   * a stack trace for each.
   */
  private static final class ConsumersOnly implements TopologyRecoveryFilter {

    @Override
    public boolean filterExchange(RecordedExchange exchange) {
      return false;
    }

    @Override
    public boolean filterQueue(RecordedQueue queue) {
      return false;
    }

    @Override
    public boolean filterBinding(RecordedBinding binding) {
      return false;
    }

    @Override
    public boolean filterConsumer(RecordedConsumer consumer) {
      return true;
    }
  }

  /**
   * amqp-client logs every failed recovery attempt with a stack trace; the loss and the recovery
   * are logged once each above, so the attempts in between go to DEBUG.
   */
  private static final class QuietRecovery extends ForgivingExceptionHandler {

    @Override
    public void handleConnectionRecoveryException(Connection conn, Throwable exception) {
      log.debug("broker recovery attempt failed: {}", exception.toString());
    }
  }
}
