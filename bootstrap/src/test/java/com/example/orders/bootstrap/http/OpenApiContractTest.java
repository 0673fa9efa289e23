package com.example.orders.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The contract check must be able to fail: each kind of drift from the document is caught. */
class OpenApiContractTest {

  private static final URI ORDER =
      URI.create("http://127.0.0.1/api/v1/orders/0190a6a0-0000-7000-8000-000000000001");
  private static final String ORDER_JSON =
      """
      {"id":"0190a6a0-0000-7000-8000-000000000001","status":"DRAFT",
       "customer":{"name":"Ada","email":"ada@example.com"},"currency":"EUR","lines":[],
       "total":{"amountMinor":0,"currency":"EUR"},"createdAt":"2026-11-25T12:00:00Z",
       "updatedAt":"2026-11-25T12:00:00Z","version":1}\
      """;

  private final OpenApiContract contract = OpenApiContract.ofServedDocument();

  @Test
  void a_response_as_documented_passes() {
    assertThatCode(() -> contract.assertConforms("GET", ORDER, orderResponse(200, ORDER_JSON)))
        .doesNotThrowAnyException();
  }

  @Test
  void a_field_the_document_does_not_know_is_caught() {
    String drifted = ORDER_JSON.replace("\"version\":1", "\"version\":1,\"internalNote\":\"x\"");

    assertDrift(
        () -> contract.assertConforms("GET", ORDER, orderResponse(200, drifted)), "internalNote");
  }

  @Test
  void a_missing_required_field_is_caught() {
    String drifted = ORDER_JSON.replace(",\"version\":1", "");

    assertDrift(
        () -> contract.assertConforms("GET", ORDER, orderResponse(200, drifted)), "version");
  }

  @Test
  void a_value_in_the_wrong_format_is_caught() {
    String drifted =
        ORDER_JSON.replace("\"id\":\"0190a6a0-0000-7000-8000-000000000001\"", "\"id\":\"order-1\"");

    assertDrift(() -> contract.assertConforms("GET", ORDER, orderResponse(200, drifted)), "uuid");
  }

  @Test
  void a_status_the_operation_does_not_declare_is_caught() {
    assertDrift(() -> contract.assertConforms("GET", ORDER, orderResponse(409, ORDER_JSON)), "409");
  }

  @Test
  void an_undeclared_media_type_is_caught() {
    ApiResponse response =
        response(200, "text/plain", "{}", Map.of("ETag", "\"1\"", "X-Request-Id", "r-1"));

    assertDrift(() -> contract.assertConforms("GET", ORDER, response), "text/plain");
  }

  @Test
  void a_missing_required_header_is_caught() {
    ApiResponse response =
        response(200, "application/json", ORDER_JSON, Map.of("X-Request-Id", "r-1"));

    assertDrift(() -> contract.assertConforms("GET", ORDER, response), "ETag");
  }

  @Test
  void a_header_in_the_wrong_format_is_caught() {
    ApiResponse response =
        response(
            200, "application/json", ORDER_JSON, Map.of("ETag", "W/\"1\"", "X-Request-Id", "r-1"));

    assertDrift(() -> contract.assertConforms("GET", ORDER, response), "ETag");
  }

  @Test
  void a_path_the_document_does_not_have_must_be_not_found() {
    URI unknown = URI.create("http://127.0.0.1/api/v2/orders");

    assertDrift(
        () -> contract.assertConforms("GET", unknown, orderResponse(200, ORDER_JSON)), "404");
  }

  @Test
  void a_method_the_path_does_not_have_must_be_not_allowed() {
    assertDrift(() -> contract.assertConforms("PUT", ORDER, orderResponse(200, ORDER_JSON)), "405");
  }

  private static ApiResponse orderResponse(int status, String body) {
    return response(
        status, "application/json", body, Map.of("ETag", "\"1\"", "X-Request-Id", "r-1"));
  }

  private static ApiResponse response(
      int status, String contentType, String body, Map<String, String> headers) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    all.put("Content-Type", List.of(contentType));
    headers.forEach((name, value) -> all.put(name, List.of(value)));
    return new ApiResponse(status, HttpHeaders.of(all, (name, value) -> true), body);
  }

  @Test
  void every_operation_declares_the_answers_the_server_can_give_to_any_request() {
    List<String> anywhere =
        List.of("400", "405", "408", "413", "414", "417", "429", "431", "500", "503", "505");

    assertThat(OpenApiContract.ofServedDocument().declaredStatuses())
        .isNotEmpty()
        .allSatisfy(
            (operation, statuses) -> assertThat(statuses).as(operation).containsAll(anywhere));
  }

  private static void assertDrift(ThrowingCallable check, String mentioning) {
    assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessageContaining(mentioning);
  }
}
