package com.example.orders.adapters.http;

import java.util.function.BiConsumer;

/**
 * Headers that make every response safe to receive in a browser, errors and operational endpoints
 * included: HTTPS only (HSTS), no MIME sniffing, no framing, no referrer, no browser features, no
 * sharing with other origins' windows or pages, nothing cached unless a handler says otherwise, and
 * a content security policy that lets JSON run nothing at all and the documentation UI load only
 * its own files. {@code docs/security.md} says why each is there.
 */
final class SecurityHeaders {

  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  // Swagger UI sets inline styles, loads its own scripts and fetches /openapi.yaml
  static final String DOCS_POLICY =
      "default-src 'none'; script-src 'self'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** An API uses none of the browser's powerful features; deny them to anything it serves. */
  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
          + "magnetometer=(), microphone=(), payment=(), usb=()";

  private final String strictTransportSecurity;

  SecurityHeaders(BrowserSettings settings) {
    long seconds = settings.hstsMaxAge().toSeconds();
    this.strictTransportSecurity =
        seconds == 0 ? null : "max-age=" + seconds + "; includeSubDomains";
  }

  /**
   * @param path the request path, which decides the content security policy
   * @param header sets a response header, replacing any earlier value
   */
  void apply(String path, BiConsumer<String, String> header) {
    if (strictTransportSecurity != null) {
      // browsers ignore it over plain HTTP, so it is right behind a TLS-terminating proxy
      header.accept("Strict-Transport-Security", strictTransportSecurity);
    }
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    // the legacy XSS auditor could itself be abused to leak data; CSP does its job
    header.accept("X-XSS-Protection", "0");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Permissions-Policy", PERMISSIONS_POLICY);
    header.accept("Cross-Origin-Opener-Policy", "same-origin");
    header.accept("Cross-Origin-Resource-Policy", "same-origin");
    header.accept("Cache-Control", "no-store");
    boolean docs =
        path.equals(ApiDocumentation.UI_PATH) || path.startsWith(ApiDocumentation.UI_PATH + "/");
    header.accept("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
  }
}
