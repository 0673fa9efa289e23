package com.example.orders.adapters.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the server tells browsers: how long to insist on HTTPS, and which other origins' pages may
 * call the API (CORS). The record owns its defaults, bounds and rules.
 *
 * @param hstsMaxAge the {@code max-age} of {@code Strict-Transport-Security}; zero sends none
 * @param corsAllowedOrigins origins such as {@code https://app.example.com} whose pages may call
 *     the API from a browser; empty, the default, turns CORS off
 */
public record BrowserSettings(Duration hstsMaxAge, List<String> corsAllowedOrigins) {

  /** A year: long enough to count, the value HSTS preload lists ask for. */
  public static final Duration DEFAULT_HSTS_MAX_AGE = Duration.ofDays(365);

  public static final Duration HSTS_MAX_AGE_MIN = Duration.ZERO;
  public static final Duration HSTS_MAX_AGE_MAX = Duration.ofDays(2 * 365);

  public BrowserSettings {
    Objects.requireNonNull(hstsMaxAge, "hstsMaxAge");
    if (hstsMaxAge.compareTo(HSTS_MAX_AGE_MIN) < 0 || hstsMaxAge.compareTo(HSTS_MAX_AGE_MAX) > 0) {
      throw new IllegalArgumentException(
          "hstsMaxAge must be "
              + HSTS_MAX_AGE_MIN
              + " to "
              + HSTS_MAX_AGE_MAX
              + ", was "
              + hstsMaxAge);
    }
    corsAllowedOrigins.forEach(origin -> requireOrigin("corsAllowedOrigins", origin));
    corsAllowedOrigins = List.copyOf(corsAllowedOrigins);
  }

  /** The defaults: HSTS for a year, no CORS. */
  public static BrowserSettings defaults() {
    return new BrowserSettings(DEFAULT_HSTS_MAX_AGE, List.of());
  }

  /**
   * Checks that {@code origin} is an origin as browsers send it: {@code http} or {@code https}, a
   * host, an optional port, and nothing else. {@code *} is refused: an allow-list is explicit.
   *
   * @param name what to call the value in the complaint, e.g. the variable it came from
   * @return {@code origin}, lower-cased as browsers send it
   */
  public static String requireOrigin(String name, String origin) {
    String refusal =
        name
            + " takes origins such as https://app.example.com (scheme, host, "
            + "optional port; no path, no *), got '"
            + origin
            + "'";
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && bare
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return origin.toLowerCase(Locale.ROOT);
      }
    } catch (URISyntaxException malformed) {
      // refused below
    }
    throw new IllegalArgumentException(refusal);
  }
}
