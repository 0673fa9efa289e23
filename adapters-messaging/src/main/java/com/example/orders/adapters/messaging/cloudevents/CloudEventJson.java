package com.example.orders.adapters.messaging.cloudevents;

import com.example.orders.application.port.EventEnvelope;
import com.example.orders.domain.shared.DomainException;
import com.example.orders.domain.shared.TenantId;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link EventEnvelope} as a CloudEvents 1.0 JSON document, and back.
 *
 * <p>The envelope's fields map to attributes: {@code id}, {@code type} (also the routing key),
 * {@code source} (this service and the aggregate type), {@code subject} (the aggregate id),
 * {@code time}, {@code dataschema} (type and payload schema version), the extensions {@code
 * tenant} and {@code aggregateversion}, and {@code traceparent} (the distributed tracing
 * extension) when the event has a trace; the payload is {@code data}, as JSON.
 */
public final class CloudEventJson {

  /** The content type of a structured-mode CloudEvent in JSON. */
  public static final String CONTENT_TYPE = "application/cloudevents+json";

  private static final String SOURCE_PREFIX = "/orders-service/";
  private static final String SCHEMA_PREFIX = "urn:orders-service:schema:";
  private static final Pattern SCHEMA = Pattern.compile(
      Pattern.quote(SCHEMA_PREFIX) + "([a-z0-9.-]+):v([1-9][0-9]{0,8})");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

  private CloudEventJson() {}

  /** The data schema URI of a type's payload in a version, e.g. {@code ...:order.placed:v1}. */
  public static String dataSchema(String type, int schemaVersion) {
    return SCHEMA_PREFIX + type + ":v" + schemaVersion;
  }

  /**
   * The document as UTF-8 JSON, streamed field by field: no intermediate tree of the document or
   * of the payload, which the relay writes once per event.
   */
  public static byte[] write(EventEnvelope event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("specversion", "1.0");
      json.writeStringField("id", event.id().toString());
      json.writeStringField("source", SOURCE_PREFIX + event.aggregateType());
      json.writeStringField("type", event.type());
      json.writeStringField("subject", event.aggregateId().toString());
      json.writeStringField("time", event.occurredAt().toString());
      json.writeStringField("datacontenttype", "application/json");
      json.writeStringField("dataschema", dataSchema(event.type(), event.schemaVersion()));
      json.writeStringField("tenant", event.tenant().value());
      json.writeNumberField("aggregateversion", event.version());
      if (event.hasTraceParent()) {
        json.writeStringField("traceparent", event.traceParent());
      }
      json.writeFieldName("data");
      JSON.writeValue(json, event.payload());
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new IllegalStateException("an event could not be written as JSON", impossible);
    }
    return out.toByteArray();
  }

  /**
   * Reads a document written by {@link #write}, in one pass: the document becomes maps and lists
   * straight away, so the payload needs no second conversion from a tree.
   *
   * @throws MalformedEventException when it is not JSON, not CloudEvents 1.0, or lacks or breaks
   *     one of the attributes {@link #write} sets
   */
  public static EventEnvelope read(byte[] body) throws MalformedEventException {
    Map<String, Object> document;
    try {
      document = JSON.readValue(body, TREE);
    } catch (MismatchedInputException notAnObject) {
      throw new MalformedEventException("the body is not a JSON object", notAnObject);
    } catch (IOException notJson) {
      throw new MalformedEventException("the body is not JSON", notJson);
    }
    if (document == null) {
      throw new MalformedEventException("the body is not a JSON object");
    }
    if (!"1.0".equals(text(document, "specversion"))) {
      throw new MalformedEventException("specversion is not 1.0");
    }
    String source = text(document, "source");
    if (!source.startsWith(SOURCE_PREFIX)) {
      throw new MalformedEventException("source is not " + SOURCE_PREFIX + "{aggregate type}");
    }
    String type = text(document, "type");
    Matcher schema = SCHEMA.matcher(text(document, "dataschema"));
    if (!schema.matches() || !schema.group(1).equals(type)) {
      throw new MalformedEventException("dataschema does not name the type and a version");
    }
    if (!(document.get("data") instanceof Map<?, ?> data)) {
      throw new MalformedEventException("data is not a JSON object");
    }
    if (!(document.get("aggregateversion") instanceof Long version)) {
      throw new MalformedEventException("aggregateversion is not a whole number");
    }
    try {
      return new EventEnvelope(
          UUID.fromString(text(document, "id")),
          type,
          source.substring(SOURCE_PREFIX.length()),
          UUID.fromString(text(document, "subject")),
          new TenantId(text(document, "tenant")),
          version,
          InstantText.parse(text(document, "time")),
          Integer.parseInt(schema.group(2)),
          objectMap(data),
          document.get("traceparent") instanceof String traceParent ? traceParent : "");
    } catch (IllegalArgumentException | DateTimeParseException | DomainException invalid) {
      throw new MalformedEventException("an attribute is invalid: " + invalid.getMessage(),
          invalid);
    }
  }

  /** A JSON object read into a map has string keys. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectMap(Map<?, ?> object) {
    return (Map<String, Object>) object;
  }

  private static String text(Map<String, Object> document, String attribute)
      throws MalformedEventException {
    if (!(document.get(attribute) instanceof String value)) {
      throw new MalformedEventException(attribute + " is missing or not a string");
    }
    return value;
  }
}
