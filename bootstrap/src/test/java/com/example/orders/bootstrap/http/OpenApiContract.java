package com.example.orders.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API document as a test oracle: checks that a response is one that {@code openapi.yaml}
 * declares for its request (status, required headers and their formats, media type, body schema),
 * so that the document cannot drift from the code without a test failing.
 *
 * <p>OpenAPI 3.1 schemas are JSON Schema 2020-12 with the OpenAPI vocabulary; they are validated in
 * place, inside the document, so their {@code $ref}s resolve as the document means them. Response
 * and header {@code $ref}s are OpenAPI's own and are followed here.
 */
public final class OpenApiContract {

  /** Where the document is, on the classpath (it ships inside the adapters-http jar). */
  static final String DOCUMENT = "openapi.yaml";

  private static final String PROBLEM_SCHEMA = "/components/schemas/Problem";

  private final JsonNode document;
  private final String documentUri;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private OpenApiContract(JsonNode document, String documentUri, SchemaRegistry registry) {
    this.document = document;
    this.documentUri = documentUri;
    this.registry = registry;
    document.path("paths").propertyNames().forEach(path -> paths.add(PathTemplate.of(path)));
  }

  /** The document the service serves. */
  public static OpenApiContract ofServedDocument() {
    return of("classpath:" + DOCUMENT, read(DOCUMENT));
  }

  /** A document given as text, registered under {@code uri} so that its {@code $ref}s resolve. */
  static OpenApiContract of(String uri, String yaml) {
    JsonNode document = new YAMLMapper().readTree(yaml);
    SchemaRegistry registry =
        SchemaRegistry.withDialect(
            Dialects.getOpenApi31(),
            builder ->
                builder
                    .schemas(Map.of(uri, yaml))
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return new OpenApiContract(document, uri, registry);
  }

  /** Every operation of the document, as {@code METHOD path}, with the statuses it declares. */
  Map<String, Set<String>> declaredStatuses() {
    Map<String, Set<String>> statuses = new TreeMap<>();
    operations()
        .forEach(
            (operation, declared) -> {
              if (declared.has("responses")) {
                statuses.put(operation, new TreeSet<>(declared.path("responses").propertyNames()));
              }
            });
    return statuses;
  }

  /**
   * The scope each protected operation needs, as {@code METHOD path}; operations without a token
   * ({@code security: []}) are left out.
   */
  Map<String, String> requiredScopes() {
    Map<String, String> scopes = new TreeMap<>();
    operations()
        .forEach(
            (operation, declared) -> {
              JsonNode needed = declared.path("security").path(0).path("bearerAuth").path(0);
              if (!needed.isMissingNode()) {
                scopes.put(operation, needed.asString());
              }
            });
    return scopes;
  }

  /** Every entry under each path of the document, keyed {@code METHOD path}. */
  private Map<String, JsonNode> operations() {
    Map<String, JsonNode> operations = new TreeMap<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        entry ->
                            operations.put(
                                entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                entry.getValue())));
    return operations;
  }

  /**
   * Fails unless the document declares this response for this request.
   *
   * @param method the request method
   * @param uri the request URI (its query is ignored)
   */
  public void assertConforms(String method, URI uri, ApiResponse response) {
    String operation = method.toUpperCase(Locale.ROOT) + " " + uri.getPath();
    String pointer = declaredResponse(method, uri.getPath(), response.status(), operation);
    JsonNode declared = document.at(pointer);
    declared
        .path("headers")
        .properties()
        .forEach(
            header ->
                assertHeader(
                    operation,
                    response,
                    header.getKey(),
                    pointer + "/headers/" + escape(header.getKey())));
    JsonNode content = declared.path("content");
    if (content.isMissingNode() || method.equalsIgnoreCase("HEAD")) {
      return;
    }
    String mediaType =
        response
            .mediaType()
            .orElseGet(
                () -> fail("%s answered %d without a Content-Type", operation, response.status()));
    if (!content.has(mediaType)) {
      fail(
          "%s answered %d as %s; the document declares %s",
          operation, response.status(), mediaType, content.propertyNames());
    }
    String schemaPointer = pointer + "/content/" + escape(mediaType) + "/schema";
    List<Error> errors =
        mediaType.endsWith("json")
            ? schema(schemaPointer).validate(response.body(), InputFormat.JSON)
            : schema(schemaPointer).validate(JsonNodeFactory.instance.stringNode(response.body()));
    if (!errors.isEmpty()) {
      fail(
          "%s answered %d with a body that breaks %s:%n  %s%nbody: %s",
          operation,
          response.status(),
          schemaPointer,
          String.join("\n  ", errors.stream().map(Error::toString).toList()),
          response.body());
    }
  }

  /** A copy of the document, e.g. for tests that enumerate its operations. */
  public JsonNode document() {
    return document.deepCopy();
  }

  /**
   * Fails unless {@code json} is a problem as the document's {@code Problem} schema defines it: for
   * answers that belong to no operation, such as those to requests refused before routing.
   */
  public void assertProblem(String json) {
    List<Error> errors = schema(PROBLEM_SCHEMA).validate(json, InputFormat.JSON);
    if (!errors.isEmpty()) {
      fail(
          "not a problem as %s defines it:%n  %s%nbody: %s",
          PROBLEM_SCHEMA, String.join("\n  ", errors.stream().map(Error::toString).toList()), json);
    }
  }

  /** The pointer to the response object (after {@code $ref}s) declared for the status. */
  private String declaredResponse(String method, String path, int status, String operation) {
    Optional<PathTemplate> template = paths.stream().filter(each -> each.matches(path)).findFirst();
    if (template.isEmpty()) {
      assertThat(status)
          .as("%s is no path of the document, so it must be 404", operation)
          .isEqualTo(404);
      return "/components/responses/NotFound";
    }
    // HEAD is answered like GET, without a body
    String verb = method.equalsIgnoreCase("HEAD") ? "get" : method.toLowerCase(Locale.ROOT);
    String operationPointer = "/paths/" + escape(template.get().path()) + "/" + verb;
    if (document.at(operationPointer).isMissingNode()) {
      assertThat(status)
          .as("%s is no operation of the document, so it must be 405", operation)
          .isEqualTo(405);
      return "/components/responses/MethodNotAllowed";
    }
    String responsePointer = operationPointer + "/responses/" + status;
    if (document.at(responsePointer).isMissingNode()) {
      fail(
          "%s answered %d, which the document does not declare for it (declared: %s)",
          operation, status, document.at(operationPointer + "/responses").propertyNames());
    }
    return followRef(responsePointer);
  }

  private void assertHeader(String operation, ApiResponse response, String name, String pointer) {
    String resolved = followRef(pointer);
    JsonNode header = document.at(resolved);
    Optional<String> value = response.header(name);
    if (value.isEmpty()) {
      assertThat(header.path("required").asBoolean(false))
          .as("%s answered %d without the required header %s", operation, response.status(), name)
          .isFalse();
      return;
    }
    List<Error> errors =
        schema(resolved + "/schema").validate(JsonNodeFactory.instance.stringNode(value.get()));
    assertThat(errors)
        .as("%s answered %d with header %s: %s", operation, response.status(), name, value.get())
        .isEmpty();
  }

  private String followRef(String pointer) {
    JsonNode node = document.at(pointer);
    String ref = node.path("$ref").asString("");
    return ref.startsWith("#") ? followRef(ref.substring(1)) : pointer;
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer, key -> registry.getSchema(SchemaLocation.of(documentUri + "#" + key)));
  }

  /** RFC 6901: a path or media type as one JSON pointer token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String read(String resource) {
    try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath (it ships in adapters-http)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** A path of the document, e.g. {@code /api/v1/orders/{id}}, and the request paths it matches. */
  private record PathTemplate(String path, Pattern pattern) {

    static PathTemplate of(String path) {
      String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
      return new PathTemplate(path, Pattern.compile(regex));
    }

    boolean matches(String requestPath) {
      return pattern.matcher(requestPath).matches();
    }
  }
}
