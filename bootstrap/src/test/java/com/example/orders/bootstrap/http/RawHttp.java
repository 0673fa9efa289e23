package com.example.orders.bootstrap.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * HTTP/1.1 spoken byte by byte over a plain socket, for requests that no HTTP client library would
 * send (control characters, duplicate framing headers, broken request lines, odd methods). An
 * instance keeps one connection alive between requests, as a browser or a proxy would, so that a
 * request also meets the server in whatever state the previous answer left the connection; the
 * static methods send one request on a connection of its own.
 */
public final class RawHttp implements AutoCloseable {

  /** Long enough for any answer on a busy machine; a server that takes longer has hung. */
  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private final int port;
  private Socket socket;
  private InputStream in;
  private boolean closing;

  public RawHttp(int port) {
    this.port = port;
  }

  /**
   * Reads from a stream the caller owns; unbuffered, so that what follows an answer stays there.
   */
  private RawHttp(InputStream in) {
    this.port = -1;
    this.in = in;
  }

  /** Sends {@code request} as it is (a string as ISO-8859-1) and reads the answer. */
  public static ApiResponse exchange(int port, String request) {
    return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends {@code request} on a connection of its own and reads the answer, which must come. */
  public static ApiResponse exchange(int port, byte[] request) {
    return once(port, request, false)
        .orElseThrow(
            () ->
                new UncheckedIOException(
                    new IOException("no answer to a raw request on port " + port)));
  }

  /**
   * One answer from {@code in} (status line, headers, a body by length or chunks), for tests that
   * hold the socket themselves.
   *
   * @throws IOException when the connection closes before the answer starts
   */
  public static ApiResponse read(InputStream in) throws IOException {
    return new RawHttp(in).read(false);
  }

  /**
   * Sends {@code request} and reads the answer.
   *
   * @param head whether the request is a HEAD, whose answer has no body
   */
  public ApiResponse exchange(byte[] request, boolean head) {
    boolean reused = socket != null;
    try {
      return exchangeOn(request, head);
    } catch (NotAnswered closedWhileIdle) {
      close();
      if (!reused) {
        throw new AssertionError("the server closed the connection without answering");
      }
      // the server had closed the kept-alive connection before this request reached it: nothing
      // was answered, so sending it once more on a fresh connection cannot repeat a change
      try {
        return exchangeOn(request, head);
      } catch (IOException failure) {
        close();
        throw new AssertionError("no answer on a fresh connection either", failure);
      }
    } catch (SocketTimeoutException hung) {
      close();
      throw new AssertionError("no answer within " + READ_TIMEOUT_MILLIS + " ms", hung);
    } catch (IOException failure) {
      close();
      throw new UncheckedIOException(failure);
    } catch (AssertionError broken) {
      // whatever is left on the connection cannot be trusted to start the next answer
      close();
      throw broken;
    }
  }

  /**
   * Sends {@code request} on a connection of its own and reads the answer, if the server sends one
   * before closing: for requests after which the connection cannot be trusted.
   */
  public static Optional<ApiResponse> once(int port, byte[] request, boolean head) {
    try (RawHttp http = new RawHttp(port)) {
      http.connect();
      try {
        http.socket.getOutputStream().write(request);
        http.socket.getOutputStream().flush();
      } catch (IOException brokenPipe) {
        // the server may have answered and closed before reading all of it
      }
      return Optional.of(http.read(head));
    } catch (NotAnswered closedWithoutAnswer) {
      return Optional.empty();
    } catch (SocketTimeoutException hung) {
      throw new AssertionError("no answer within " + READ_TIMEOUT_MILLIS + " ms", hung);
    } catch (IOException reset) {
      // the server may reset a connection that broke the protocol while we were still sending
      return Optional.empty();
    }
  }

  /**
   * Opens a connection, sends {@code partial} and closes it again without waiting: a client gone.
   */
  public static void abandon(int port, byte[] partial) {
    try (RawHttp http = new RawHttp(port)) {
      http.connect();
      http.socket.getOutputStream().write(partial);
      http.socket.getOutputStream().flush();
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private ApiResponse exchangeOn(byte[] request, boolean head) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
    } catch (IOException brokenPipe) {
      // the server may have answered (a 414, a 431) and closed before reading all of it
    }
    ApiResponse response = read(head);
    if (closing
        || response.header("Connection").map(value -> value.equalsIgnoreCase("close")).orElse(false)
        || response.header("Content-Length").isEmpty()
            && response.header("Transfer-Encoding").isEmpty()
            && !head) {
      close();
    }
    return response;
  }

  private void connect() throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream());
  }

  private ApiResponse read(boolean head) throws IOException {
    while (true) {
      String statusLine = line();
      if (statusLine == null) {
        throw new NotAnswered();
      }
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new AssertionError(
            "not an HTTP status line (left over from the previous answer?): " + statusLine);
      }
      int status = Integer.parseInt(parts[1]);
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String header = answerLine(); !header.isEmpty(); header = answerLine()) {
        int colon = header.indexOf(':');
        headers
            .computeIfAbsent(header.substring(0, colon).strip(), name -> new ArrayList<>())
            .add(header.substring(colon + 1).strip());
      }
      if (status < 200) {
        continue; // 100 Continue and other interim answers precede the real one
      }
      HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
      if (head && in.available() > 0) {
        headBody(status, parsed);
      }
      byte[] body =
          head || status == 204 || status == 304 ? new byte[0] : decoded(body(parsed), parsed);
      return new ApiResponse(status, parsed, new String(body, StandardCharsets.UTF_8));
    }
  }

  /**
   * A HEAD must be answered without a body, with one exception: when Jetty cannot parse the request
   * line at all, it never learns the method, answers the stand-in request {@code /badMessage} with
   * a body and closes the connection (without saying so), so nothing can be misread; this side
   * closes too. Any other body fails.
   */
  private void headBody(int status, HttpHeaders headers) throws IOException {
    ApiResponse answer =
        new ApiResponse(status, headers, new String(body(headers), StandardCharsets.UTF_8));
    boolean unparsed =
        answer.body().startsWith("{")
            && answer.json().path("instance").asString("").equals("/badMessage");
    if (!unparsed) {
      throw new AssertionError("a HEAD answered " + status + " with a body: " + answer.body());
    }
    closing = true;
  }

  private byte[] body(HttpHeaders headers) throws IOException {
    if (headers
        .firstValue("Transfer-Encoding")
        .map(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))
        .orElse(false)) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = chunkSize(); size > 0; size = chunkSize()) {
        body.write(in.readNBytes(size));
        answerLine();
      }
      while (!answerLine().isEmpty()) {
        // trailers: none expected, skipped
      }
      return body.toByteArray();
    }
    Optional<String> length = headers.firstValue("Content-Length");
    if (length.isPresent()) {
      return in.readNBytes(Integer.parseInt(length.get()));
    }
    return in.readAllBytes();
  }

  /** Undoes the content codings this client may ask for with {@code Accept-Encoding}. */
  private static byte[] decoded(byte[] body, HttpHeaders headers) throws IOException {
    String coding =
        headers.firstValue("Content-Encoding").orElse("identity").toLowerCase(Locale.ROOT);
    return switch (coding) {
      case "identity" -> body;
      case "gzip" -> new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body)).readAllBytes();
      default -> throw new AssertionError("answered in a coding no request asks for: " + coding);
    };
  }

  private int chunkSize() throws IOException {
    String size = answerLine();
    int extension = size.indexOf(';');
    return Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
  }

  /** A line within an answer, which must not end before the answer does. */
  private String answerLine() throws IOException {
    String line = line();
    if (line == null) {
      throw new AssertionError("the server closed the connection in the middle of its answer");
    }
    return line;
  }

  /** One line, without its CRLF; {@code null} when the server closed before sending any of it. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    while (true) {
      int next = in.read();
      if (next < 0) {
        if (line.size() == 0) {
          return null;
        }
        throw new AssertionError(
            "the server closed the connection in the middle of a line: " + line);
      }
      if (previous == '\r' && next == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
      }
      line.write(next);
      previous = next;
    }
  }

  /** The server closed the connection before answering anything. */
  private static final class NotAnswered extends IOException {
    NotAnswered() {
      super("the server closed the connection before answering");
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing is best effort: the connection is abandoned either way
      } finally {
        socket = null;
        in = null;
        closing = false;
      }
    }
  }
}
