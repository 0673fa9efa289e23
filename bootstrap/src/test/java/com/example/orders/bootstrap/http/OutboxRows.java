package com.example.orders.bootstrap.http;

import com.example.orders.adapters.persistence.postgres.PostgresSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** What a service committed, read straight from its database: outbox and inbox rows by id. */
final class OutboxRows {

  private final PostgresSettings database;

  OutboxRows(PostgresSettings database) {
    this.database = database;
  }

  /**
   * Every domain event committed to the outbox, published or not; tasks travel through the outbox
   * too, but to their own queues, not the events exchange.
   */
  Set<UUID> events() {
    return ids("SELECT event_id FROM outbox WHERE event_type NOT LIKE 'task.%'");
  }

  /** The committed events of one type. */
  Set<UUID> events(String type) {
    return ids("SELECT event_id FROM outbox WHERE event_type = ?", type);
  }

  /** The orders whose event of {@code type} committed. */
  Set<UUID> ordersWith(String type) {
    return ids("SELECT aggregate_id FROM outbox WHERE event_type = ?", type);
  }

  long pending() {
    return ids("SELECT event_id FROM outbox WHERE published_at IS NULL").size();
  }

  /** The events a consumer recorded as handled (one row per consumer and event at most). */
  Set<UUID> handled(String consumer) {
    return ids("SELECT event_id FROM inbox WHERE consumer = ?", consumer);
  }

  private Set<UUID> ids(String sql, String... parameters) {
    try (Connection connection = DriverManager.getConnection(
            database.jdbcUrl(), database.user(), database.password());
        PreparedStatement query = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        query.setString(index + 1, parameters[index]);
      }
      Set<UUID> ids = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    } catch (SQLException failure) {
      throw new IllegalStateException(sql, failure);
    }
  }
}
