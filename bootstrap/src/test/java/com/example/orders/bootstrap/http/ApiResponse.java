package com.example.orders.bootstrap.http;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A response as a client sees it: status, headers, body. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The Content-Type without parameters, lower-cased. */
  public Optional<String> mediaType() {
    return header("Content-Type").map(type -> type.split(";")[0].strip().toLowerCase(Locale.ROOT));
  }

  public JsonNode json() {
    return JSON.readTree(body);
  }

  /** The order's version, from its ETag. */
  public long version() {
    String etag = header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + this));
    return Long.parseLong(etag.replace("\"", ""));
  }

  /** The order id of an order response. */
  public String id() {
    return json().path("id").asString();
  }

  /** The problem code of an error response. */
  public String code() {
    return json().path("code").asString();
  }
}
