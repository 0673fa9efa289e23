package com.example.orders.adapters.persistence.postgres;

import com.example.orders.application.audit.Actor;
import com.example.orders.application.audit.AuditChain;
import com.example.orders.application.audit.AuditEvent;
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

  static final String COLUMNS = "tenant_id, seq, id, occurred_at, subject, client_ip,"
      + " request_id, action, resource_type, resource_id, changes::text AS changes, outcome,"
      + " prev_hash, hash";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private AuditRows() {}

  static ChainedEvent entry(ResultSet row, StatementContext context) throws SQLException {
    AuditEvent event = new AuditEvent(
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
    return new ChainedEvent(row.getLong("seq"), event, HEX.formatHex(row.getBytes("prev_hash")),
        HEX.formatHex(row.getBytes("hash")));
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
