package com.example.orders.bootstrap.http;

import static com.example.orders.bootstrap.http.ApiService.READ;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.assertProblem;
import static com.example.orders.bootstrap.http.ErrorResponsesHttpTest.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Log levels changed at run time through the admin API of the running service, each change
 * recorded in the audit trail of no tenant with the level before and after. Each test changes a
 * logger of its own, so that the shared service's logging stays as it was.
 */
@ExtendWith(SharedApiService.class)
class LogLevelsHttpTest {

  private static final String ADMIN = "orders:admin";
  private static final String LOG_LEVELS = "/api/v1/admin/log-levels";

  private final ApiService service;
  private final String logger = "com.example.orders.test.x" + UUID.randomUUID().toString()
      .replace("-", "");

  LogLevelsHttpTest(ApiService service) {
    this.service = service;
  }

  @Test
  void a_new_level_applies_at_once_is_listed_and_is_audited_with_before_and_after() {
    String requestId = "log-level-" + UUID.randomUUID();
    String inherited = admin("GET", LOG_LEVELS + "/" + logger).json().path("effectiveLevel")
        .asString();
    assertThat(LoggerFactory.getLogger(logger).isDebugEnabled()).isFalse();

    ApiResponse changed = service.client().method("PUT", LOG_LEVELS + "/" + logger)
        .token(adminToken()).header("X-Request-Id", requestId).json("{\"level\":\"debug\"}")
        .send();

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("logger").asString()).isEqualTo(logger);
    assertThat(changed.json().path("level").asString()).isEqualTo("DEBUG");
    assertThat(changed.json().path("effectiveLevel").asString()).isEqualTo("DEBUG");
    assertThat(LoggerFactory.getLogger(logger).isDebugEnabled()).isTrue();
    assertThat(LoggerFactory.getLogger(logger + ".child").isDebugEnabled()).isTrue();
    assertThat(items(admin("GET", LOG_LEVELS).json()))
        .extracting(item -> item.path("logger").asString(), item -> item.path("level").asString())
        .startsWith(tuple("ROOT", inheritedRootLevel()))
        .contains(tuple(logger, "DEBUG"));
    JsonNode entry = auditEntry("logging.level-set");
    assertThat(entry.path("tenant").isNull()).isTrue();
    assertThat(entry.path("resourceType").asString()).isEqualTo("logger");
    assertThat(entry.path("requestId").asString()).isEqualTo(requestId);
    assertThat(entry.path("subject").asString()).startsWith("user-of-");
    assertThat(entry.path("outcome").asString()).isEqualTo("success");
    assertThat(changes(entry)).containsExactly("level: null -> DEBUG",
        "effectiveLevel: " + inherited + " -> DEBUG");
  }

  @Test
  void a_reset_gives_the_logger_back_its_start_up_level_and_is_audited() {
    admin("PUT", LOG_LEVELS + "/" + logger, "{\"level\":\"TRACE\"}");

    ApiResponse reset = admin("DELETE", LOG_LEVELS + "/" + logger);

    assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    assertThat(reset.json().path("level").isNull()).isTrue();
    assertThat(LoggerFactory.getLogger(logger).isTraceEnabled()).isFalse();
    assertThat(items(admin("GET", LOG_LEVELS).json()))
        .noneMatch(item -> item.path("logger").asString().equals(logger));
    assertThat(changes(auditEntry("logging.level-reset"))).first()
        .isEqualTo("level: TRACE -> null");
  }

  @Test
  void the_root_logger_is_read_by_its_name_in_any_case() {
    JsonNode root = admin("GET", LOG_LEVELS + "/root").json();

    assertThat(root.path("logger").asString()).isEqualTo("ROOT");
    assertThat(root.path("level").asString()).isEqualTo(inheritedRootLevel());
  }

  @Test
  void an_unknown_level_is_422_and_changes_nothing() {
    ApiResponse refused = admin("PUT", LOG_LEVELS + "/" + logger, "{\"level\":\"LOUD\"}");

    assertProblem(refused, 422, "request.validation-failed");
    assertThat(fieldErrors(refused)).containsExactly(tuple("/level", "log.level-invalid"));
    assertThat(admin("GET", LOG_LEVELS + "/" + logger).json().path("level").isNull()).isTrue();
  }

  @Test
  void a_body_without_a_level_or_with_other_fields_is_400() {
    assertProblem(admin("PUT", LOG_LEVELS + "/" + logger, "{}"), 400, "request.invalid-body");
    assertProblem(admin("PUT", LOG_LEVELS + "/" + logger, "{\"level\":\"INFO\",\"for\":\"1h\"}"),
        400, "request.invalid-body");
    assertProblem(admin("PUT", LOG_LEVELS + "/" + logger, "DEBUG"), 400,
        "request.malformed-json");
  }

  @Test
  void a_malformed_logger_name_is_400() {
    ApiResponse refused = admin("PUT", LOG_LEVELS + "/a..b", "{\"level\":\"INFO\"}");

    assertProblem(refused, 400, "request.invalid-parameter");
    assertThat(fieldErrors(refused)).containsExactly(tuple("logger", "log.logger-invalid"));
    assertProblem(admin("GET", LOG_LEVELS + "/" + "x".repeat(201)), 400,
        "request.invalid-parameter");
  }

  @Test
  void a_body_that_is_not_json_is_415() {
    ApiResponse refused = service.client().method("PUT", LOG_LEVELS + "/" + logger)
        .token(adminToken()).body("text/plain", "DEBUG").send();

    assertProblem(refused, 415, "request.unsupported-media-type");
  }

  @Test
  void changing_a_level_needs_the_admin_scope() {
    ApiResponse refused = service.client().method("PUT", LOG_LEVELS + "/" + logger)
        .token(service.token(ApiService.newTenant(), READ)).json("{\"level\":\"DEBUG\"}").send();

    assertProblem(refused, 403, "auth.scope-insufficient");
    assertThat(LoggerFactory.getLogger(logger).isDebugEnabled()).isFalse();
  }

  /** The root level of the test logging (logback-test.xml), which no test changes. */
  private static String inheritedRootLevel() {
    return ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ROOT")).getLevel().toString();
  }

  private JsonNode auditEntry(String action) {
    List<JsonNode> entries = items(admin("GET", "/api/v1/admin/audit?tenant=-&action=" + action
        + "&resourceId=" + logger).json());
    assertThat(entries).as("audit entries of " + action + " on " + logger).hasSize(1);
    return entries.getFirst();
  }

  private static List<String> changes(JsonNode entry) {
    return StreamSupport.stream(entry.path("changes").spliterator(), false)
        .map(change -> change.path("field").asString() + ": " + text(change.path("before"))
            + " -> " + text(change.path("after")))
        .toList();
  }

  private static String text(JsonNode value) {
    return value.isNull() ? "null" : value.asString();
  }

  private ApiResponse admin(String method, String path) {
    return service.client().method(method, path).token(adminToken()).send();
  }

  private ApiResponse admin(String method, String path, String json) {
    return service.client().method(method, path).token(adminToken()).json(json).send();
  }

  private String adminToken() {
    return service.token(ApiService.newTenant(), ADMIN);
  }

  private static List<JsonNode> items(JsonNode page) {
    return StreamSupport.stream(page.path("items").spliterator(), false).toList();
  }
}
