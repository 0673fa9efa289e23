package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
import com.example.orders.application.audit.AuditEntry;
import com.example.orders.application.audit.ChainLink;
import com.example.orders.application.audit.ChainedEvent;
import com.example.orders.application.audit.FieldChange;
import com.example.orders.application.audit.Outcome;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** {@code audit_events} rows to entries and back: the columns, and the changes as jsonb. */
final class AuditRows {

  /** The entry's columns, of {@code audit_events e}. */
  static final String COLUMNS = "e.tenant_id, e.position, e.id, e.occurred_at, e.subject,"
      + " e.client_ip, e.request_id, e.action, e.resource_type, e.resource_id,"
      + " e.changes::text AS changes, e.outcome";

  /** Its link's columns, of {@code audit_chain c}. */
  static final String LINK_COLUMNS = "c.seq, c.prev_hash, c.hash";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private AuditRows() {}

  static AuditEvent event(ResultSet row) throws SQLException {
    return new AuditEvent(
        row.getObject("id", UUID.class),
        AuditChain.tenantOf(row.getString("tenant_id")),
        new Actor(row.getString("subject"), Optional.ofNullable(row.getString("client_ip")),
            Optional.ofNullable(row.getString("request_id"))),
        row.getString("action"),
        row.getString("resource_type"),
        row.getString("resource_id"),
        changes(row.getString("changes")),
        Outcome.ofCode(row.getString("outcome")),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant());
  }

  /**
   * The link of a row with {@link #LINK_COLUMNS}; empty when they are null (not chained yet).
   *
   * @param eventId the entry the link chains
   */
  static Optional<ChainLink> link(ResultSet row, UUID eventId) throws SQLException {
    long seq = row.getLong("seq");
    if (row.wasNull()) {
      return Optional.empty();
    }
    return Optional.of(new ChainLink(seq, eventId, HEX.formatHex(row.getBytes("prev_hash")),
        HEX.formatHex(row.getBytes("hash"))));
  }

  static AuditEntry entry(ResultSet row, StatementContext context) throws SQLException {
    AuditEvent event = event(row);
    return new AuditEntry(row.getLong("position"), event, link(row, event.id()));
  }

  /**
   * A link with its entry, which is missing when the entry's columns are null (it was deleted);
   * the link then names the nil id.
   */
  static ChainedEvent chained(ResultSet row, StatementContext context) throws SQLException {
    UUID id = row.getObject("id", UUID.class);
    if (id == null) {
      return new ChainedEvent(link(row, new UUID(0, 0)).orElseThrow(), Optional.empty());
    }
    return new ChainedEvent(link(row, id).orElseThrow(), Optional.of(event(row)));
  }

  static String changesJson(List<FieldChange> changes) {
    ArrayNode array = JSON.createArrayNode();
    for (FieldChange change : changes) {
      ObjectNode node = array.addObject().put("field", change.field());
      if (change.withheld()) {
        node.put("withheld", true);
      } else {
        node.put("before", change.before().orElse(null));
        node.put("after", change.after().orElse(null));
      }
    }
    return array.toString();
  }

  private static List<FieldChange> changes(String json) {
    try {
      List<FieldChange> changes = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        String field = node.path("field").asText();
        changes.add(node.path("withheld").asBoolean(false)
            ? FieldChange.withheld(field)
            : FieldChange.of(field, text(node.path("before")), text(node.path("after"))));
      }
      return changes;
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("audit changes are not valid JSON", unreadable);
    }
  }

  private static Optional<String> text(JsonNode value) {
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
