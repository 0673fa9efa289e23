package com.example.orders.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain GET requests to a service on this machine, the way a probe or a client would send them. */
public final class LocalHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LocalHttp() {}

  public static HttpResponse<String> get(int port, String path) {
    return send(request(port, path).build());
  }

  public static HttpResponse<String> get(int port, String path, String bearerToken) {
    return send(request(port, path).header("Authorization", "Bearer " + bearerToken).build());
  }

  private static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10))
        .GET();
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException failure) {
      throw new UncheckedIOException("GET " + request.uri() + " failed", failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during GET " + request.uri(), interrupted);
    }
  }
}
