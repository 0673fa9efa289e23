package com.example.orders.adapters.messaging.cloudevents;

import static com.example.orders.adapters.messaging.testing.Events.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.application.port.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Events travel as CloudEvents 1.0 in structured JSON, and only such documents are read. */
class CloudEventJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void an_event_becomes_a_cloudevent_with_its_identity_subject_time_tenant_and_version()
      throws Exception {
    EventEnvelope placed = event("order.placed", 2);

    JsonNode document = JSON.readTree(CloudEventJson.write(placed));

    assertThat(document.get("specversion").textValue()).isEqualTo("1.0");
    assertThat(document.get("id").textValue()).isEqualTo(placed.id().toString());
    assertThat(document.get("type").textValue()).isEqualTo("order.placed");
    assertThat(document.get("source").textValue()).isEqualTo("/orders-service/thing");
    assertThat(document.get("subject").textValue()).isEqualTo(placed.aggregateId().toString());
    assertThat(document.get("time").textValue()).isEqualTo(placed.occurredAt().toString());
    assertThat(document.get("datacontenttype").textValue()).isEqualTo("application/json");
    assertThat(document.get("dataschema").textValue())
        .isEqualTo("urn:orders-service:schema:order.placed:v1");
    assertThat(document.get("tenant").textValue()).isEqualTo("acme");
    assertThat(document.get("aggregateversion").longValue()).isEqualTo(2);
    assertThat(document.get("data"))
        .isEqualTo(JSON.readTree(JSON.writeValueAsString(placed.payload())));
  }

  @Test
  void a_written_event_reads_back_equal() throws Exception {
    EventEnvelope placed = event("order.placed", 7);

    assertThat(CloudEventJson.read(CloudEventJson.write(placed))).isEqualTo(placed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"specversion", "id", "source", "type", "subject", "time", "dataschema",
      "tenant", "aggregateversion", "data"})
  void a_document_without_a_required_attribute_is_malformed(String attribute) throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(CloudEventJson.write(event("order.placed")));
    document.remove(attribute);

    assertThatThrownBy(() -> CloudEventJson.read(JSON.writeValueAsBytes(document)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining(attribute);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"specversion\":\"0.3\"}", "{} trailing"})
  void a_body_that_is_not_a_cloudevent_1_0_object_is_malformed(String body) {
    assertThatThrownBy(() -> CloudEventJson.read(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void an_invalid_attribute_value_is_malformed_and_says_so() throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(CloudEventJson.write(event("order.placed")));
    document.put("id", "not-a-uuid");

    assertThatThrownBy(() -> CloudEventJson.read(JSON.writeValueAsBytes(document)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("an attribute is invalid");
  }
}
