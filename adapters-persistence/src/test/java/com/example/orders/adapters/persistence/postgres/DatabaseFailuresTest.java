package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.application.port.DependencyUnavailableException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which database errors mean "try again later" and which are bugs that must stay visible. */
class DatabaseFailuresTest {

  @ParameterizedTest
  @ValueSource(strings = {"08001", "08006", "53300", "57P01", "57P02", "57P03", "57014", "55P03"})
  void a_connection_or_server_state_error_means_the_database_is_unavailable(String sqlState) {
    RuntimeException failure = statementFailure(new SQLException("server says no", sqlState));

    assertThat(DatabaseFailures.translate(failure))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasCause(failure);
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "23514", "42P01", "42601", "40001", "22P02"})
  void a_statement_error_stays_what_it_is(String sqlState) {
    RuntimeException failure = statementFailure(new SQLException("bad statement", sqlState));

    assertThat(DatabaseFailures.translate(failure)).isSameAs(failure);
  }

  @Test
  void a_pool_time_out_means_the_database_is_unavailable() {
    RuntimeException failure = statementFailure(
        new SQLTransientConnectionException("orders-db - Connection is not available"));

    assertThat(DatabaseFailures.translate(failure))
        .isInstanceOf(DependencyUnavailableException.class);
  }

  @Test
  void the_error_of_a_failed_batch_is_found_behind_the_batch_exception() {
    BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
    batch.setNextException(new SQLException("duplicate key", "23505"));

    assertThat(DatabaseFailures.hasSqlState(statementFailure(batch), "23505")).isTrue();
    assertThat(DatabaseFailures.hasSqlState(statementFailure(batch), "23514")).isFalse();
  }

  private static RuntimeException statementFailure(SQLException cause) {
    return new UnableToExecuteStatementException(cause, null);
  }
}
