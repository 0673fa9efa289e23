package com.example.orders.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.example.orders.adapters.http.JsonMapping;
import com.example.orders.adapters.http.auth.InsufficientScopeException;
import com.example.orders.adapters.http.auth.InvalidTokenException;
import com.example.orders.adapters.http.auth.MissingTokenException;
import com.example.orders.application.order.OrderNotFoundException;
import com.example.orders.application.order.VersionMismatchException;
import com.example.orders.application.port.ConcurrentModificationException;
import com.example.orders.application.port.DependencyUnavailableException;
import com.example.orders.domain.order.IllegalTransitionException;
import com.example.orders.domain.order.LineNotFoundException;
import com.example.orders.domain.order.OrderId;
import com.example.orders.domain.order.OrderRuleViolation;
import com.example.orders.domain.order.OrderStatus;
import com.example.orders.domain.order.Sku;
import com.example.orders.domain.shared.InvalidValueException;
import com.example.orders.domain.shared.KnownFailure;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemMapperTest {

  private static final OrderId ORDER =
      new OrderId(UUID.fromString("0190a6a0-0000-7000-8000-000000000001"));

  private final ProblemMapper mapper = new ProblemMapper();

  static Stream<Arguments> failures() {
    return Stream.of(
        arguments(
            new InvalidValueException("money.currency-mismatch", "EUR only"),
            422,
            "money.currency-mismatch"),
        arguments(new OrderRuleViolation("order.empty", "needs a line"), 409, "order.empty"),
        arguments(
            new IllegalTransitionException(OrderStatus.DRAFT, OrderStatus.SHIPPED),
            409,
            "order.illegal-transition"),
        arguments(
            new ConcurrentModificationException("order", "lost race"),
            409,
            "order.concurrent-modification"),
        arguments(new LineNotFoundException(new Sku("A-1")), 404, "order.line-not-found"),
        arguments(new OrderNotFoundException(ORDER), 404, "order.not-found"),
        arguments(new VersionMismatchException(ORDER, 2, 5), 412, "order.version-mismatch"),
        arguments(
            new DependencyUnavailableException("database", new SQLException("down")),
            503,
            "dependency.unavailable"),
        arguments(new MissingTokenException(), 401, "auth.token-missing"),
        arguments(new InvalidTokenException("Expired JWT"), 401, "auth.token-invalid"),
        arguments(new InsufficientScopeException("orders:write"), 403, "auth.scope-insufficient"),
        arguments(
            new ProblemException(QUOTA_EXCEEDED, "3 exports a day"), 429, "feature.quota-exceeded"),
        arguments(
            new ProblemException(RequestProblem.UNSUPPORTED_MEDIA_TYPE, "json only"),
            415,
            "request.unsupported-media-type"),
        arguments(new NotFoundResponse(), 404, "request.route-not-found"),
        arguments(new HttpResponseException(413, "Content Too Large"), 413, "request.too-large"),
        arguments(new BadMessageException("bad chunk"), 400, "request.malformed"),
        arguments(new EofException("Early EOF"), 400, "request.body-incomplete"),
        arguments(new FeatureGone(), 404, "feature.gone"),
        arguments(new IllegalStateException("bug"), 500, "server.internal-error"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("failures")
  void each_failure_has_one_status_and_a_stable_code(Throwable failure, int status, String code) {
    Problem problem = mapper.toResponse(failure, "/api/v1/orders", "req-1").body();

    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.type()).isEqualTo(URI.create("https://orders.example.com/problems/" + code));
    assertThat(problem.instance()).isEqualTo("/api/v1/orders");
    assertThat(problem.requestId()).isEqualTo("req-1");
    assertThat(problem.title()).isNotBlank();
    assertThat(problem.detail()).isNotBlank();
  }

  @Test
  void an_unexpected_failure_reveals_nothing_of_itself() {
    Problem problem =
        mapper
            .toResponse(
                new IllegalStateException("password=hunter2 at db.internal:5432"), "/x", "req-1")
            .body();

    assertThat(problem.detail())
        .doesNotContain("hunter2")
        .doesNotContain("db.internal")
        .contains("quote the request id");
  }

  @Test
  void a_stale_version_names_the_current_one() {
    Problem problem =
        mapper.toResponse(new VersionMismatchException(ORDER, 2, 5), "/x", "r").body();

    assertThat(problem.extensions()).containsExactly(entry("currentVersion", 5L));
  }

  @Test
  void an_unavailable_dependency_says_when_to_retry() {
    ProblemResponse response =
        mapper.toResponse(
            new DependencyUnavailableException("database", new SQLException("timeout")), "/x", "r");

    assertThat(response.headers()).containsEntry("Retry-After", "1");
    assertThat(response.body().detail()).isEqualTo("database is unavailable; retry later");
  }

  @Test
  void a_missing_token_gets_a_bare_bearer_challenge() {
    ProblemResponse response = mapper.toResponse(new MissingTokenException(), "/x", "r");

    assertThat(response.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"orders\"");
  }

  @Test
  void an_invalid_token_gets_a_challenge_with_a_header_safe_description() {
    ProblemResponse response =
        mapper.toResponse(
            new InvalidTokenException("JWT \"aud\" rejected\r\nX-Evil: 1"), "/x", "r");

    assertThat(response.headers())
        .containsEntry(
            "WWW-Authenticate",
            "Bearer realm=\"orders\", error=\"invalid_token\", error_description=\"JWT 'aud'"
                + " rejected''X-Evil: 1\"");
  }

  @Test
  void a_missing_scope_names_the_scope_in_the_challenge() {
    ProblemResponse response =
        mapper.toResponse(new InsufficientScopeException("orders:write"), "/x", "r");

    assertThat(response.headers())
        .containsEntry(
            "WWW-Authenticate",
            "Bearer realm=\"orders\", error=\"insufficient_scope\", scope=\"orders:write\"");
  }

  @Test
  void a_wrong_method_lists_the_allowed_ones() {
    ProblemResponse response =
        mapper.toResponse(
            new MethodNotAllowedResponse(
                "Method not allowed", Map.of("availableMethods", "GET, POST")),
            "/x",
            "r");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.body().code()).isEqualTo("request.method-not-allowed");
    assertThat(response.headers()).containsEntry("Allow", "GET, POST");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, request.malformed",
    "404, request.route-not-found",
    "408, request.timeout",
    "413, request.too-large",
    "414, request.uri-too-long",
    "417, request.expectation-failed",
    "426, request.rejected",
    "431, request.headers-too-large",
    "500, server.internal-error",
    "503, server.unavailable",
    "505, request.version-not-supported"
  })
  void requests_the_server_refused_before_routing_keep_their_status_and_get_a_problem_for_it(
      int status, String code) {
    Problem problem = mapper.toResponse(status, "/api/v1/orders", "req-1").body();

    assertThat(problem.status()).isEqualTo(status);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.requestId()).isEqualTo("req-1");
  }

  @Test
  void field_errors_travel_with_the_problem() {
    List<FieldError> errors = List.of(new FieldError("/lines/0/sku", "sku.invalid", "bad"));

    Problem problem =
        mapper
            .toResponse(
                new ProblemException(RequestProblem.VALIDATION_FAILED, "invalid", errors),
                "/x",
                "r")
            .body();

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.errors()).isEqualTo(errors);
  }

  @Test
  void malformed_json_is_a_bad_request_with_its_position() {
    Problem problem =
        mapper.toResponse(parseFailure("{\"currency\": EUR}", Map.class), "/x", "r").body();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("request.malformed-json");
    assertThat(problem.detail()).contains("line 1, column");
  }

  @Test
  void an_unknown_field_is_a_bad_request_that_points_at_it() {
    Problem problem =
        mapper
            .toResponse(parseFailure("{\"name\":\"Ada\",\"nick\":\"A\"}", Named.class), "/x", "r")
            .body();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("request.invalid-body");
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("/nick", "field.unknown", "is not a field of this request"));
  }

  @Test
  void a_field_of_the_wrong_type_is_a_bad_request_that_says_what_was_expected() {
    Problem problem =
        mapper
            .toResponse(parseFailure("{\"items\":[{\"count\":\"5\"}]}", Basket.class), "/x", "r")
            .body();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("/items/0/count", "field.type-mismatch", "must be an integer"));
  }

  @Test
  void a_number_too_large_for_its_field_is_a_bad_request() {
    Problem problem =
        mapper
            .toResponse(
                parseFailure("{\"items\":[{\"count\":99999999999}]}", Basket.class), "/x", "r")
            .body();

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("/items/0/count", "field.out-of-range"));
  }

  @Test
  void a_server_that_cannot_take_requests_says_when_to_retry() {
    ProblemResponse response = mapper.toResponse(503, "/x", "r");

    assertThat(response.body().code()).isEqualTo("server.unavailable");
    assertThat(response.headers()).containsEntry("Retry-After", "1");
  }

  @Test
  void a_body_that_broke_off_is_a_client_abort_not_a_server_error() {
    ProblemResponse response = mapper.toResponse(new EofException("reset"), "/x", "r");

    assertThat(response.clientAborted()).isTrue();
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void a_new_features_failure_is_answered_by_its_category_without_any_mapping_of_its_own() {
    Problem problem = mapper.toResponse(new FeatureGone(), "/x", "r").body();

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Export not found");
    assertThat(problem.extensions()).containsExactly(entry("retainedDays", 7));
  }

  /** A failure of some feature this mapper has never heard of. */
  static final class FeatureGone extends KnownFailure {
    FeatureGone() {
      super(Category.NOT_FOUND, "feature.gone", "Export not found", "export 7 expired", null);
    }

    @Override
    public Map<String, Object> details() {
      return Map.of("retainedDays", 7);
    }
  }

  /** A feature's own HTTP problem type, beside those of the adapter. */
  private static final ProblemType QUOTA_EXCEEDED =
      new ProblemType(429, "feature.quota-exceeded", "Too many exports today");

  record Named(String name) {}

  record Basket(List<Item> items) {}

  record Item(Integer count) {}

  private static Throwable parseFailure(String json, Class<?> type) {
    ObjectMapper strict = JsonMapping.strict();
    Throwable failure = catchThrowable(() -> strict.readValue(json, type));
    assertThat(failure).as("refusal of %s", json).isNotNull();
    return failure;
  }
}
