package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code jobs} table holds a result exactly when a job succeeded, and only known statuses.
 * Its row-level security is proven with every other tenant-owned table's in RowLevelSecurityTest.
 */
class JobsSchemaTest {

  private static TestDatabase testDatabase;
  private static Connection connection;

  @BeforeAll
  static void createDatabase() throws SQLException {
    testDatabase = TestDatabase.create();
    Properties credentials = new Properties();
    // as the superuser, past row-level security (RowLevelSecurityTest proves jobs' policy)
    credentials.setProperty("user", testDatabase.superuserSettings().user());
    credentials.setProperty("password", testDatabase.superuserSettings().password());
    connection =
        DriverManager.getConnection(testDatabase.superuserSettings().jdbcUrl(), credentials);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    connection.close();
    testDatabase.close();
  }

  @Test
  void a_succeeded_job_without_its_result_and_a_queued_one_with_a_result_are_refused() {
    assertThatThrownBy(() -> insert("SUCCEEDED", "NULL", "NULL"))
        .hasMessageContaining("jobs_result_when_succeeded");
    assertThatThrownBy(() -> insert("QUEUED", "'application/jsonl'", "'\\x00'::bytea"))
        .hasMessageContaining("jobs_result_when_succeeded");
    assertThatThrownBy(() -> insert("LOST", "NULL", "NULL"))
        .hasMessageContaining("jobs_status_known");
  }

  private static void insert(String status, String mediaType, String result) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO jobs (tenant_id, job_id, kind, requested_by, status,"
          + " processed, failure, created_at, updated_at, result_media_type, result) VALUES"
          + " ('t', gen_random_uuid(), 'order-export', 'u', '" + status + "', 0, '', now(), now(), "
          + mediaType + ", " + result + ")");
    }
  }
}
