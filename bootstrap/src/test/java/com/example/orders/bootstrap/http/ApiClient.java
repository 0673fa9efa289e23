package com.example.orders.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the running service like any HTTP client would, and checks every response it receives
 * against the API document before a test sees it.
 */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final OpenApiContract contract;

  public ApiClient(int port, OpenApiContract contract) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.contract = contract;
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  public Call method(String method, String path) {
    return new Call(method, path);
  }

  /** One request being put together; {@link #send()} sends it. */
  public final class Call {

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call token(String bearerToken) {
      return header("Authorization", "Bearer " + bearerToken);
    }

    public Call ifMatch(long version) {
      return header("If-Match", "\"" + version + "\"");
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** A JSON body, sent as {@code application/json}. */
    public Call json(String json) {
      return body("application/json", json);
    }

    public Call body(String contentType, String content) {
      headers.put("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofString(content);
      return this;
    }

    /** Raw bytes, exactly as given: for bodies no well-behaved client would encode. */
    public Call body(String contentType, byte[] content) {
      headers.put("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofByteArray(content);
      return this;
    }

    public ApiResponse send() {
      URI uri = base.resolve(path);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method, body);
      headers.forEach(request::header);
      ApiResponse response;
      try {
        HttpResponse<String> raw = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response = new ApiResponse(raw.statusCode(), raw.headers(), raw.body());
      } catch (IOException failure) {
        throw new UncheckedIOException(method + " " + uri + " failed", failure);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during " + method + " " + uri, interrupted);
      }
      contract.assertConforms(method, uri, response);
      return response;
    }
  }
}
