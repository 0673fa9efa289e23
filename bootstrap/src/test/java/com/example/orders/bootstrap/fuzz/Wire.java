package com.example.orders.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A request exactly as it goes on the wire: request line, header lines, body. Nothing is checked or
 * normalised, so it can be anything a hostile client sends.
 *
 * @param method the method token, as sent
 * @param target the request target, as sent (percent-encoding is the generator's business)
 * @param headers header lines in order; names may repeat
 * @param body the body, if any; {@code Content-Length} is added for it unless a framing header is
 *     among {@code headers}
 */
record Wire(String method, String target, List<Header> headers, Optional<byte[]> body) {

  /** One header line; values travel as UTF-8. */
  record Header(String name, String value) {}

  /** The path part of the target, before any query. */
  String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  boolean isHead() {
    return method.equals("HEAD");
  }

  byte[] bytes(int port) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    if (!has("Host")) {
      head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    for (Header header : headers) {
      head.append(header.name()).append(": ").append(header.value()).append("\r\n");
    }
    if (body.isPresent() && !has("Content-Length") && !has("Transfer-Encoding")) {
      head.append("Content-Length: ").append(body.get().length).append("\r\n");
    }
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.ifPresent(out::writeBytes);
    return out.toByteArray();
  }

  private boolean has(String name) {
    return headers.stream().anyMatch(header -> header.name().equalsIgnoreCase(name));
  }

  /** A shell line that sends these bytes again, for a report: {@code printf '...' | nc}. */
  String reproduction(int port) {
    return RawBytes.printf(bytes(port));
  }
}
