import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The authorization server of perf/introspection.sh, run as a single-file program on the service
 * jar's classpath (nimbus-jose-jwt): one RSA key, its JWKS at /jwks, an introspection endpoint at
 * /introspect (client "bench"/"bench-secret") that knows one opaque token, and /calls, the number
 * of introspections so far. Prints "ISSUER=... JWT=... OPAQUE=..." once it listens.
 *
 *   java -cp bootstrap/target/orders-service.jar perf/lib/BenchAuthorizationServer.java PORT TENANT
 */
public final class BenchAuthorizationServer {

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String tenant = args[1];
    String issuer = "http://127.0.0.1:" + port;
    RSAKey key = new RSAKeyGenerator(2048).keyID("bench-1").generate();
    Instant now = Instant.now();
    Instant expiry = now.plusSeconds(3 * 3600);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer).audience(List.of("orders-api")).subject("bench-user")
        .claim("tenant_id", tenant).claim("scope", "orders:read orders:write")
        .issueTime(Date.from(now)).expirationTime(Date.from(expiry)).build();
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String opaque = HexFormat.of().formatHex(random);
    String active = "{\"active\":true,\"sub\":\"bench-user\",\"tenant_id\":\"" + tenant
        + "\",\"scope\":\"orders:read orders:write\",\"iss\":\"" + issuer
        + "\",\"aud\":\"orders-api\",\"token_type\":\"Bearer\",\"exp\":"
        + expiry.getEpochSecond() + "}";
    String jwks = new JWKSet(key.toPublicJWK()).toString();
    AtomicLong introspections = new AtomicLong();

    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/jwks", exchange -> reply(exchange, jwks));
    server.createContext("/calls", exchange -> reply(exchange, introspections.toString()));
    server.createContext("/introspect", exchange -> {
      introspections.incrementAndGet();
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      reply(exchange, form.contains("token=" + opaque + "&") || form.endsWith("token=" + opaque)
          ? active : "{\"active\":false}");
    });
    server.start();
    System.out.println("ISSUER=" + issuer + " JWT=" + jwt.serialize() + " OPAQUE=" + opaque);
    System.out.flush();
  }

  private static void reply(HttpExchange exchange, String body) throws IOException {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }
}
