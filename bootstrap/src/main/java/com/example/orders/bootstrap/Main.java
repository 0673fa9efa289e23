package com.example.orders.bootstrap;

import com.example.orders.adapters.messaging.rabbit.RabbitSettings;
import com.example.orders.adapters.persistence.postgres.PostgresAuditTrail;
import com.example.orders.adapters.persistence.postgres.PostgresDatabase;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.bootstrap.audit.AuditCommand;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.ConfigException;
import com.example.orders.bootstrap.config.DatabaseConfig;
import com.example.orders.bootstrap.config.DatabaseVariables;
import com.example.orders.bootstrap.config.LoggingConfig;
import com.example.orders.bootstrap.config.LoggingVariables;
import com.example.orders.bootstrap.config.MessagingVariables;
import com.example.orders.bootstrap.config.Terminal;
import com.example.orders.bootstrap.events.ParkedCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

/**
 * The command line: {@code serve} (default), {@code migrate}, {@code config}, {@code --help}.
 *
 * <p>No logger is made before the configuration is valid: logback reads {@code LOG_LEVEL} and
 * the format ({@code LOG_FORMAT}, or the default for a terminal or not) from system properties
 * that are set only from the validated values, and {@code config} and {@code --help} never start
 * logging at all.
 */
public final class Main {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT = """
      Usage: java -jar orders-service.jar [command]

      Commands:
        serve     run the HTTP service until SIGTERM or SIGINT (the default)
        migrate   apply pending database migrations, then exit (needs DATABASE_URL)
        config    print the effective configuration, secrets masked, then exit
      %s
      %s
        --help    print this help

      Configuration comes from environment variables (APP_ENV, PORT, DATABASE_URL,
      AUTH_ISSUER, LOG_LEVEL, LOG_FORMAT...); a secret X may also be read from the file named by X_FILE.
      Without DATABASE_URL and AUTH_ISSUER the service runs in demo mode (development only).
      """.formatted(ParkedCommand.USAGE, AuditCommand.USAGE);

  private final Map<String, String> environment;
  private final PrintStream out;
  private final PrintStream err;

  Main(Map<String, String> environment, PrintStream out, PrintStream err) {
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) throws InterruptedException {
    Main main = new Main(System.getenv(), System.out, System.err);
    if (args.length == 0 || (args.length == 1 && args[0].equals("serve"))) {
      main.serve();
    } else {
      System.exit(main.run(args));
    }
  }

  /** Runs a command that ends by itself, and says with which exit code. */
  int run(String... args) {
    if (args.length >= 1 && args[0].equals("parked")) {
      // its stdout is JSON lines for tools to read: the logs go to stderr (logback.xml)
      System.setProperty("orders.log.target", "System.err");
      return readConfig().map(config -> parked(config, List.of(args).subList(1, args.length)))
          .orElse(FAILED);
    }
    if (args.length >= 1 && args[0].equals("audit")) {
      return readConfig().map(config -> audit(config, List.of(args).subList(1, args.length)))
          .orElse(FAILED);
    }
    if (args.length != 1) {
      return usageError("expected one command, got " + args.length);
    }
    return switch (args[0]) {
      case "--help", "-h", "help" -> {
        out.print(USAGE_TEXT);
        yield OK;
      }
      case "config" -> readConfig().map(config -> {
        config.describe().forEach(out::println);
        return OK;
      }).orElse(FAILED);
      case "migrate" -> readConfig().map(this::migrate).orElse(FAILED);
      default -> usageError("unknown command '" + args[0] + "'");
    };
  }

  /**
   * Starts the service and waits until it is stopped by SIGTERM, SIGINT or SIGHUP.
   *
   * <p>The signals are handled here (see {@link TerminationSignals}): the service stops
   * gracefully, then the JVM exits through {@code System.exit} with 0, or with 1 when starting or
   * stopping failed, running every other shutdown hook on the way. The handler is installed
   * before the service starts, so that a signal arriving during start-up also ends in a graceful
   * stop. A shutdown hook stops the service as well when the JVM exits any other way (or where
   * the signals cannot be handled); it only stops the service, and the JVM exits as it would.
   */
  private void serve() throws InterruptedException {
    Optional<Config> config = readConfig();
    if (config.isEmpty()) {
      System.exit(FAILED);
      return;
    }
    CompletableFuture<OrdersService> service = new CompletableFuture<>();
    TerminationSignals.handle(() -> System.exit(stop(service)));
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("orders-shutdown").unstarted(
        () -> stop(service)));
    try {
      service.complete(OrdersService.start(config.get()));
    } catch (RuntimeException | Error failure) {
      service.completeExceptionally(failure);
      LoggerFactory.getLogger(Main.class).error("orders service failed to start", failure);
      err.println("orders-service: failed to start: " + failure);
      System.exit(FAILED);
      return;
    }
    service.join().awaitClosed();
  }

  /** Stops the service once its start has ended, and says with which exit code to leave. */
  private static int stop(CompletableFuture<OrdersService> starting) {
    OrdersService service;
    try {
      service = starting.join();
    } catch (CompletionException failedToStart) {
      // serve() has logged why; nothing runs that needs stopping
      return FAILED;
    }
    try {
      service.close();
      return OK;
    } catch (RuntimeException failure) {
      LoggerFactory.getLogger(Main.class).error("orders service did not stop cleanly", failure);
      return FAILED;
    }
  }

  private int parked(Config config, List<String> args) {
    Optional<RabbitSettings> broker = config.get(MessagingVariables.MESSAGING).rabbit();
    if (broker.isEmpty()) {
      err.println("orders-service: parked needs RABBITMQ_URL: without a broker, parked messages"
          + " live in the serving process only");
      return FAILED;
    }
    try {
      new ParkedCommand(broker.get(), out).run(args);
      return OK;
    } catch (IllegalArgumentException wrongArguments) {
      return usageError(wrongArguments.getMessage());
    } catch (DependencyUnavailableException unreachable) {
      err.println("orders-service: the broker is unreachable: " + unreachable.getCause());
      return FAILED;
    }
  }

  private int audit(Config config, List<String> args) {
    Optional<DatabaseConfig> database = config.get(DatabaseVariables.DATABASE);
    if (database.isEmpty()) {
      err.println("orders-service: audit needs DATABASE_URL: without a database, the audit trail"
          + " lives in the serving process only");
      return FAILED;
    }
    try (PostgresDatabase postgres = PostgresDatabase.connect(database.get().postgres())) {
      return new AuditCommand(new PostgresAuditTrail(postgres), out).run(args) ? OK : FAILED;
    } catch (IllegalArgumentException wrongArguments) {
      return usageError(wrongArguments.getMessage());
    } catch (DependencyUnavailableException unreachable) {
      err.println("orders-service: the database is unreachable: " + unreachable.getCause());
      return FAILED;
    }
  }

  private int migrate(Config config) {
    Optional<DatabaseConfig> database = config.get(DatabaseVariables.DATABASE);
    if (database.isEmpty()) {
      err.println("orders-service: migrate needs DATABASE_URL (and DATABASE_USER): the database"
          + " whose schema to bring up to date");
      return FAILED;
    }
    try (PostgresDatabase postgres =
        PostgresDatabase.connect(database.get().postgres())) {
      postgres.migrate();
      return OK;
    } catch (RuntimeException failure) {
      LoggerFactory.getLogger(Main.class).error("database migration failed", failure);
      err.println("orders-service: database migration failed: " + failure);
      return FAILED;
    }
  }

  /** The valid configuration, or empty after printing every problem (no stack trace). */
  private Optional<Config> readConfig() {
    try {
      Config config = Config.fromEnvironment(environment);
      // read by logback.xml as ${LOG_LEVEL} and ${orders.log.format}; set before the first
      // logger exists
      LoggingConfig logging = config.get(LoggingVariables.LOGGING);
      System.setProperty("LOG_LEVEL", logging.level().name());
      System.setProperty("orders.log.format", logging.format(Terminal.attached()).name());
      return Optional.of(config);
    } catch (ConfigException invalid) {
      err.println("orders-service: " + invalid.getMessage());
      return Optional.empty();
    }
  }

  private int usageError(String problem) {
    err.println("orders-service: " + problem);
    err.print(USAGE_TEXT);
    return USAGE;
  }
}
