package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code jobs} table is tenant-owned by the project's convention (row-level security,
 * forced, policy {@code tenant_isolation}), and holds a result exactly when a job succeeded.
 */
class JobsSchemaTest {

  private static TestDatabase testDatabase;
  private static Connection connection;

  @BeforeAll
  static void createDatabase() throws SQLException {
    testDatabase = TestDatabase.create();
    Properties credentials = new Properties();
    credentials.setProperty("user", testDatabase.settings().user());
    credentials.setProperty("password", testDatabase.settings().password());
    connection = DriverManager.getConnection(testDatabase.settings().jdbcUrl(), credentials);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    connection.close();
    testDatabase.close();
  }

  @Test
  void jobs_have_forced_row_level_security_by_tenant() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet table = statement.executeQuery("SELECT relrowsecurity, relforcerowsecurity"
            + " FROM pg_class WHERE relname = 'jobs'")) {
      assertThat(table.next()).isTrue();
      assertThat(table.getBoolean("relrowsecurity")).isTrue();
      assertThat(table.getBoolean("relforcerowsecurity")).isTrue();
    }
    try (Statement statement = connection.createStatement();
        ResultSet policy = statement.executeQuery("SELECT qual, with_check FROM pg_policies"
            + " WHERE tablename = 'jobs' AND policyname = 'tenant_isolation'")) {
      assertThat(policy.next()).isTrue();
      assertThat(policy.getString("qual"))
          .isEqualTo("(tenant_id = current_setting('app.tenant'::text, true))");
      assertThat(policy.getString("with_check")).isEqualTo(policy.getString("qual"));
    }
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
