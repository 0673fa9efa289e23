package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.port.DependencyUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells an unavailable database (connection refused or lost, pool exhausted, server shutting down
 * or out of resources, a statement cancelled at its time-out) from a failing statement, so that
 * callers can answer "try again later" for the first and treat the second as the bug it is.
 */
final class DatabaseFailures {

  static final String DEPENDENCY = "database";
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * SQLSTATE classes and codes that mean "the server cannot serve you now": 08 connection
   * exception, 53 insufficient resources (too many connections, disk full, out of memory), the
   * 57P0x operator interventions (shutdown, crash, starting up, database dropped, idle time-out),
   * 57014 a statement cancelled at its time-out, and 55P03 a lock not granted in time. The last
   * two mean an overloaded or blocked database: a retry later may well succeed.
   */
  private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53");
  private static final Set<String> UNAVAILABLE_STATES =
      Set.of("57P01", "57P02", "57P03", "57P04", "57P05", "57014", "55P03");

  /** A statement cancelled at its time-out, a lock not granted in time. */
  private static final Set<String> OUT_OF_TIME_STATES = Set.of("57014", "55P03");

  private static final int MAX_CAUSE_DEPTH = 32;

  private DatabaseFailures() {}

  /**
   * A failure of {@code statement} in plain JDBC on {@code connection} (null when none was open):
   * "unavailable" when the database is or the connection broke, else the statement's own bug,
   * named by its SQL and never by its bound values.
   */
  static RuntimeException translate(String statement, SQLException failure, Connection connection) {
    boolean unavailable = anySqlFailure(failure, DatabaseFailures::isUnavailable);
    if (unavailable || (connection != null && isClosed(connection))) {
      return new DependencyUnavailableException(DEPENDENCY, failure);
    }
    return new IllegalStateException("statement failed: " + statement, failure);
  }

  /** Whether {@code connection} is closed: one that cannot even say whether it is open is gone. */
  static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException unanswered) {
      return true;
    }
  }

  /**
   * Returns a {@link DependencyUnavailableException} wrapping {@code failure} when it was caused by
   * an unavailable database, otherwise {@code failure} itself, unchanged.
   */
  static RuntimeException translate(RuntimeException failure) {
    return isUnavailable(failure)
        ? new DependencyUnavailableException(DEPENDENCY, failure)
        : failure;
  }

  /** Whether PostgreSQL reported {@code sqlState} anywhere behind {@code failure}. */
  static boolean hasSqlState(Throwable failure, String sqlState) {
    return anySqlFailure(failure, sqlFailure -> sqlState.equals(sqlFailure.getSQLState()));
  }

  /**
   * Whether another attempt after {@code failure} may succeed soon and costs little: a connection
   * refused or lost, a server restarting (a fail-over). Not a wait that already ran out (a pool or
   * statement time-out, a lock not granted, a server out of resources), where another attempt
   * would double the caller's wait and add to the load; not a call this process refused itself
   * (an open circuit breaker, a full bulkhead).
   */
  static boolean isWorthRetrying(DependencyUnavailableException failure) {
    return !failure.refusedHere() && !anySqlFailure(failure, DatabaseFailures::ranOutOfTime);
  }

  static boolean isUnavailable(Throwable failure) {
    return anySqlFailure(failure, DatabaseFailures::isUnavailable);
  }

  /**
   * Looks through the causes and, for a batch, the chained "next" exceptions, where the driver
   * puts the error of the statement that failed.
   */
  private static boolean anySqlFailure(Throwable failure, Predicate<SQLException> test) {
    // bounded, because nothing stops a cause chain from forming a cycle
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++) {
      if (cause instanceof SQLException sqlFailure) {
        SQLException next = sqlFailure;
        for (int chained = 0; next != null && chained < MAX_CAUSE_DEPTH; chained++) {
          if (test.test(next)) {
            return true;
          }
          next = next.getNextException();
        }
      }
      cause = cause.getCause();
    }
    return false;
  }

  private static boolean ranOutOfTime(SQLException failure) {
    String state = failure.getSQLState();
    return failure instanceof SQLTransientConnectionException
        || (state != null && (state.startsWith("53") || OUT_OF_TIME_STATES.contains(state)));
  }

  private static boolean isUnavailable(SQLException failure) {
    if (failure instanceof SQLTransientConnectionException // HikariCP: no connection in time
        || failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLRecoverableException) {
      return true;
    }
    String state = failure.getSQLState();
    return state != null
        && state.length() == 5
        && (UNAVAILABLE_CLASSES.contains(state.substring(0, 2))
            || UNAVAILABLE_STATES.contains(state));
  }
}
