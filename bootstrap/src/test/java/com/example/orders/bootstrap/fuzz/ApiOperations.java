package com.example.orders.bootstrap.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The operations of the API document, read when the fuzz starts, so that an operation added to the
 * document is fuzzed without a change here.
 */
final class ApiOperations {

  /** HTTP methods an OpenAPI path item may hold. */
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();
  private final List<String> paths = new ArrayList<>();

  ApiOperations(JsonNode document) {
    this.document = document;
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              paths.add(path.getKey());
              for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                  operations.add(operation(path.getKey(), path.getValue(), method, operation));
                }
              }
            });
  }

  /** One operation: a method on a path template, its parameters, body and declared statuses. */
  record Operation(
      String method,
      String path,
      List<Parameter> parameters,
      Optional<JsonNode> bodySchema,
      List<Integer> statuses) {

    List<Parameter> in(String location) {
      return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    boolean isSafe() {
      return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A parameter of an operation, with its schema ({@code $ref}s still to resolve). */
  record Parameter(String name, String in, boolean required, JsonNode schema) {}

  List<Operation> operations() {
    return List.copyOf(operations);
  }

  List<String> paths() {
    return List.copyOf(paths);
  }

  JsonNode document() {
    return document;
  }

  /** The document's path template that a raw (still percent-encoded) request path matches. */
  Optional<String> template(String rawPath) {
    return paths.stream().filter(path -> pattern(path).matcher(rawPath).matches()).findFirst();
  }

  /** The operation a request is for, if the document has one; HEAD stands for GET. */
  Optional<Operation> operation(String method, String rawPath) {
    String verb = method.equals("HEAD") ? "GET" : method;
    return template(rawPath)
        .flatMap(
            path ->
                operations.stream()
                    .filter(each -> each.path().equals(path) && each.method().equals(verb))
                    .findFirst());
  }

  /** Follows a {@code $ref} within the document, however many times it takes. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = document.at(current.path("$ref").asString().substring(1));
    }
    return current;
  }

  private Operation operation(String path, JsonNode item, String method, JsonNode operation) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode declared : List.of(item.path("parameters"), operation.path("parameters"))) {
      for (JsonNode each : declared) {
        JsonNode parameter = resolve(each);
        parameters.add(
            new Parameter(
                parameter.path("name").asString(),
                parameter.path("in").asString(),
                parameter.path("required").asBoolean(false),
                parameter.path("schema")));
      }
    }
    JsonNode body = operation.path("requestBody").path("content").path("application/json");
    List<Integer> statuses = new ArrayList<>();
    operation
        .path("responses")
        .propertyNames()
        .forEach(status -> statuses.add(Integer.valueOf(status)));
    return new Operation(
        method.toUpperCase(Locale.ROOT),
        path,
        List.copyOf(parameters),
        body.isMissingNode() ? Optional.empty() : Optional.of(body.path("schema")),
        List.copyOf(statuses));
  }

  private static Pattern pattern(String template) {
    return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/?#]+\\\\Q"));
  }
}
