package com.example.orders.bootstrap;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct looks at a test database's schema, behind the service's back. */
final class DatabaseSchema {

  private DatabaseSchema() {}

  /** Empties the database, as a new one would be before its first migration. */
  static void drop(PostgresSettings database) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    }
  }

  static List<String> tables(PostgresSettings database) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  /** As the owner, who may drop what it owns. */
  private static Connection connect(PostgresSettings database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), database.migrationUser(), database.migrationPassword());
  }
}
