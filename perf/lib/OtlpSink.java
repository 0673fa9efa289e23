import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local OTLP receiver of perf/tracing-overhead.sh: an OTLP/HTTP endpoint that reads every
 * export to the end and answers 200 with an empty ExportTraceServiceResponse (zero bytes of
 * protobuf), so that the service pays the whole export (encode, send, wait) and the sink almost
 * nothing. GET /stats answers "exports=N bytes=M". JDK only, run as a single-file program:
 *
 *   java perf/lib/OtlpSink.java PORT
 */
public final class OtlpSink {

  private static final AtomicLong EXPORTS = new AtomicLong();
  private static final AtomicLong BYTES = new AtomicLong();

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/v1/traces", OtlpSink::traces);
    server.createContext("/stats", OtlpSink::stats);
    // for wait_until_ready in perf/lib/service.sh
    server.createContext("/health/ready", exchange -> answer(exchange, 200, "text/plain", "UP"));
    server.start();
    System.out.println("OTLP sink listening on 127.0.0.1:" + port);
  }

  private static void traces(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      answer(exchange, 405, "text/plain", "POST only");
      return;
    }
    long bytes = 0;
    byte[] buffer = new byte[16 * 1024];
    try (InputStream body = exchange.getRequestBody()) {
      for (int read; (read = body.read(buffer)) >= 0; ) {
        bytes += read;
      }
    }
    BYTES.addAndGet(bytes);
    EXPORTS.incrementAndGet();
    answer(exchange, 200, "application/x-protobuf", "");
  }

  private static void stats(HttpExchange exchange) throws IOException {
    answer(exchange, 200, "text/plain", "exports=" + EXPORTS.get() + " bytes=" + BYTES.get());
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
