package com.example.orders.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values that a JSON schema of the document accepts: objects with their required and some optional
 * properties, strings by enum, pattern, format or length, numbers within their bounds. The starting
 * point that {@link BodyMutations} then breaks.
 */
final class SchemaValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Arrays and unbounded strings stay short, so that most bodies fit any size limit. */
  private static final int MAX_ITEMS = 3;

  private static final int MAX_FREE_LENGTH = 24;

  private final ApiOperations document;

  SchemaValues(ApiOperations document) {
    this.document = document;
  }

  Arbitrary<JsonNode> of(JsonNode schema) {
    JsonNode resolved = document.resolve(schema);
    if (resolved.has("enum")) {
      List<JsonNode> values = new ArrayList<>();
      resolved.path("enum").forEach(values::add);
      return Arbitraries.of(values);
    }
    JsonNode type = resolved.path("type");
    if (type.isArray()) {
      List<Arbitrary<JsonNode>> choices = new ArrayList<>();
      type.forEach(each -> choices.add(ofType(each.asString(), resolved)));
      return Arbitraries.oneOf(choices);
    }
    return ofType(type.asString("object"), resolved);
  }

  private Arbitrary<JsonNode> ofType(String type, JsonNode schema) {
    return switch (type) {
      case "object" -> object(schema);
      case "array" -> array(schema);
      case "string" -> string(schema).map(NODES::stringNode);
      case "integer" -> integer(schema).map(NODES::numberNode);
      case "number" -> Arbitraries.doubles().between(-1e6, 1e6).map(NODES::numberNode);
      case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
      case "null" -> Arbitraries.just(NODES.nullNode());
      default -> throw new IllegalArgumentException("no generator for schema type " + type);
    };
  }

  private Arbitrary<JsonNode> object(JsonNode schema) {
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asString()));
    List<Arbitrary<Optional<Property>>> properties = new ArrayList<>();
    schema
        .path("properties")
        .properties()
        .forEach(
            property -> {
              Arbitrary<Property> value =
                  of(property.getValue()).map(node -> new Property(property.getKey(), node));
              properties.add(
                  required.contains(property.getKey())
                      ? value.map(Optional::of)
                      : value.optional(0.7));
            });
    return Combinators.combine(properties)
        .as(
            chosen -> {
              ObjectNode object = NODES.objectNode();
              chosen.forEach(each -> each.ifPresent(p -> object.set(p.name(), p.value())));
              return object;
            });
  }

  private Arbitrary<JsonNode> array(JsonNode schema) {
    int max = Math.min(schema.path("maxItems").asInt(MAX_ITEMS), MAX_ITEMS);
    return of(schema.path("items"))
        .list()
        .ofMinSize(Math.min(schema.path("minItems").asInt(0), max))
        .ofMaxSize(max)
        .map(
            items -> {
              ArrayNode array = NODES.arrayNode();
              items.forEach(array::add);
              return array;
            });
  }

  private Arbitrary<String> string(JsonNode schema) {
    if (schema.has("pattern")) {
      return RegexStrings.matching(schema.path("pattern").asString());
    }
    switch (schema.path("format").asString("")) {
      case "uuid":
        return Arbitraries.longs()
            .tuple2()
            .map(bits -> new UUID(bits.get1(), bits.get2()).toString());
      case "email":
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
            .as((user, domain) -> user + "@" + domain + ".example");
      case "date-time":
        return Arbitraries.of("2026-11-25T10:15:30Z", "2026-01-01T00:00:00.123456Z");
      default:
        break;
    }
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(min + MAX_FREE_LENGTH);
    // lengths count characters (code points); the longest allowed value is the interesting one
    return Arbitraries.frequencyOf(
        Tuple.of(
            8,
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" .-'")
                .ofMinLength(Math.max(min, 1))
                .ofMaxLength(Math.max(Math.min(max, min + MAX_FREE_LENGTH), Math.max(min, 1)))),
        Tuple.of(1, Arbitraries.just("x".repeat(max))),
        Tuple.of(1, Arbitraries.just("\uD83D\uDE00".repeat(Math.max(max, 1)))));
  }

  private static Arbitrary<Long> integer(JsonNode schema) {
    long min = schema.path("minimum").asLong(Integer.MIN_VALUE);
    long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
    return Arbitraries.longs().between(min, max);
  }

  private record Property(String name, JsonNode value) {}
}
