package com.example.orders.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for requests that no HTTP client would send: malformed request
 * lines, broken chunks, odd methods and targets. Reads exactly one response.
 */
final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;

  private RawHttp() {}

  /** Sends {@code request} as it is (a string is sent as ISO-8859-1) and reads the answer. */
  static ApiResponse exchange(int port, String request) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static ApiResponse exchange(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return read(socket.getInputStream());
    } catch (IOException failure) {
      throw new UncheckedIOException("no answer to a raw request on port " + port, failure);
    }
  }

  /** One response from {@code in}: status line, headers, and a body by length or chunks. */
  static ApiResponse read(InputStream in) throws IOException {
    String statusLine = line(in);
    assertThat(statusLine).as("status line").startsWith("HTTP/1.1 ");
    int status = Integer.parseInt(statusLine.substring(9, 12));
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers
          .computeIfAbsent(header.substring(0, colon).strip(), name -> new ArrayList<>())
          .add(header.substring(colon + 1).strip());
    }
    byte[] body = body(in, headers);
    return new ApiResponse(
        status,
        HttpHeaders.of(headers, (name, value) -> true),
        new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
    List<String> encoding = headers.getOrDefault("Transfer-Encoding", List.of());
    if (encoding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
      line(in);
      return body.toByteArray();
    }
    List<String> length = headers.get("Content-Length");
    // with neither a length nor chunks, the body ends where the server closes the connection
    return length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length.getFirst()));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed mid-response: " + line);
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
