package com.example.orders.bootstrap.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document as a contract: a message body is valid when it matches the payload
 * schema of the message the document names after its type, and its {@code traceparent} header
 * the header schema. Payload schemas are JSON Schema draft 7 (AsyncAPI's default schema format),
 * validated with formats asserted.
 */
public final class AsyncApiContract {

  public static final String DOCUMENT = "asyncapi.yaml";
  private static final String URI = "classpath:" + DOCUMENT;

  private final JsonNode document;
  private final SchemaRegistry registry;

  private AsyncApiContract(JsonNode document, SchemaRegistry registry) {
    this.document = document;
    this.registry = registry;
  }

  /** The document the service serves at {@code /asyncapi.yaml}. */
  public static AsyncApiContract ofServedDocument() {
    String yaml = read();
    return new AsyncApiContract(new YAMLMapper().readTree(yaml), SchemaRegistry.withDialect(
        Dialects.getDraft7(),
        builder -> builder.schemas(Map.of(URI, yaml)).schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())));
  }

  /** The parsed document, for tests of its structure. */
  public JsonNode document() {
    return document;
  }

  /** What is wrong with a message of {@code type}; empty when it is valid. */
  public List<String> violations(String type, byte[] body) {
    Optional<String> message = messageNamed(type);
    if (message.isEmpty()) {
      return List.of("the document declares no message named " + type);
    }
    Schema payload = registry.getSchema(
        SchemaLocation.of(URI + "#/components/messages/" + message.get() + "/payload"));
    return payload.validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON).stream()
        .map(Error::toString)
        .toList();
  }

  /** What is wrong with a message's headers, by the schema every event's trait declares. */
  public List<String> headerViolations(Map<String, String> headers) {
    Schema schema = registry.getSchema(
        SchemaLocation.of(URI + "#/components/messageTraits/cloudEvent/headers"));
    return schema.validate(new YAMLMapper().valueToTree(headers)).stream()
        .map(Error::toString)
        .toList();
  }

  private Optional<String> messageNamed(String type) {
    JsonNode messages = document.path("components").path("messages");
    return messages.propertyNames().stream()
        .filter(key -> type.equals(messages.path(key).path("name").asString()))
        .findFirst();
  }

  private static String read() {
    try (InputStream in = AsyncApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is not on the classpath (it ships in"
            + " adapters-messaging)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
