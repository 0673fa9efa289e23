package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Authorization in one place: the scope each operation needs is the one {@code openapi.yaml}
 * declares, the table in {@code docs/security.md} says the same, and the running service refuses,
 * route by route, a valid token that lacks exactly that scope.
 */
@ExtendWith(SharedApiService.class)
class AuthorizationHttpTest {

  private static final Path SECURITY_DOC = Path.of("..", "docs", "security.md");
  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\| `([^`]+)` \\|");
  private static final List<String> EVERY_SCOPE =
      List.of(ApiService.READ, ApiService.WRITE, "orders:admin");

  private final ApiService service;

  AuthorizationHttpTest(ApiService service) {
    this.service = service;
  }

  static Stream<Map.Entry<String, String>> protectedOperations() {
    return OpenApiContract.ofServedDocument().requiredScopes().entrySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("protectedOperations")
  void a_token_without_the_scope_an_operation_needs_is_403(Map.Entry<String, String> operation) {
    String[] methodAndPath = operation.getKey().split(" ", 2);
    String[] otherScopes =
        EVERY_SCOPE.stream().filter(scope -> !scope.equals(operation.getValue()))
            .toArray(String[]::new);
    String token = service.token(ApiService.newTenant(), otherScopes);

    ApiResponse response =
        service.client().method(methodAndPath[0], concrete(methodAndPath[1])).token(token).send();

    assertProblem(response, 403, "auth.scope-insufficient");
    assertThat(response.header("WWW-Authenticate").orElseThrow())
        .contains("scope=\"" + operation.getValue() + "\"");
  }

  @Test
  void the_table_in_the_security_guide_is_the_one_the_api_document_declares() {
    assertThat(documentedScopes())
        .isNotEmpty()
        .isEqualTo(OpenApiContract.ofServedDocument().requiredScopes());
  }

  /** A request path for a path template: any id, any SKU, any consumer. */
  private static String concrete(String template) {
    return template
        .replace("{id}", UUID.randomUUID().toString())
        .replace("{sku}", "SKU-1")
        .replaceAll("\\{[^}]+}", "notifications");
  }

  private static Map<String, String> documentedScopes() {
    Map<String, String> scopes = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(SECURITY_DOC)) {
        Matcher row = TABLE_ROW.matcher(line);
        if (row.find()) {
          scopes.put(row.group(1) + " " + row.group(2), row.group(3));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + SECURITY_DOC.toAbsolutePath(), unreadable);
    }
    return scopes;
  }
}
