package com.example.orders.adapters.http.auth.introspection;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to ask the authorization server about a token (RFC 7662), and how long to believe its
 * answers. The record owns its rules: defaults, bounds ({@code *_MIN}/{@code *_MAX}) and the
 * masking of the client secret.
 *
 * @param endpoint the introspection endpoint, e.g. {@code https://id.example.com/oauth2/introspect}
 * @param clientId the id this service authenticates with (client credentials, HTTP Basic)
 * @param clientSecret its secret; never printed
 * @param timeout the longest one introspection call may take, connecting included
 * @param cacheTtl the longest an active answer is believed (never past the token's {@code exp}):
 *     the most a revocation can take to be noticed
 * @param inactiveTtl how long an inactive (or unacceptable) answer is remembered; {@code 0s}
 *     asks again every time
 * @param localTtl how long each instance keeps an answer in memory in front of the shared cache;
 *     {@code 0s} asks the shared cache every time
 */
public record IntrospectionSettings(
    URI endpoint,
    String clientId,
    String clientSecret,
    Duration timeout,
    Duration cacheTtl,
    Duration inactiveTtl,
    Duration localTtl) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration TIMEOUT_MIN = Duration.ofMillis(100);
  public static final Duration TIMEOUT_MAX = Duration.ofSeconds(30);
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(1);
  public static final Duration CACHE_TTL_MIN = Duration.ofSeconds(1);
  public static final Duration CACHE_TTL_MAX = Duration.ofHours(1);
  public static final Duration DEFAULT_INACTIVE_TTL = Duration.ofSeconds(5);
  public static final Duration INACTIVE_TTL_MIN = Duration.ZERO;
  public static final Duration INACTIVE_TTL_MAX = Duration.ofMinutes(5);
  public static final Duration DEFAULT_LOCAL_TTL = Duration.ofSeconds(1);
  public static final Duration LOCAL_TTL_MIN = Duration.ZERO;
  public static final Duration LOCAL_TTL_MAX = Duration.ofMinutes(1);

  public IntrospectionSettings {
    requireEndpoint("endpoint", endpoint);
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId is required");
    }
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalArgumentException("clientSecret is required");
    }
    requireWithin("timeout", timeout, TIMEOUT_MIN, TIMEOUT_MAX);
    requireWithin("cacheTtl", cacheTtl, CACHE_TTL_MIN, CACHE_TTL_MAX);
    requireWithin("inactiveTtl", inactiveTtl, INACTIVE_TTL_MIN, INACTIVE_TTL_MAX);
    requireWithin("localTtl", localTtl, LOCAL_TTL_MIN, LOCAL_TTL_MAX);
  }

  /** Settings for {@code endpoint} and these credentials, with the default timings. */
  public static IntrospectionSettings of(URI endpoint, String clientId, String clientSecret) {
    return new IntrospectionSettings(endpoint, clientId, clientSecret, DEFAULT_TIMEOUT,
        DEFAULT_CACHE_TTL, DEFAULT_INACTIVE_TTL, DEFAULT_LOCAL_TTL);
  }

  /**
   * An absolute {@code http} or {@code https} URL without user info (credentials go in the
   * client secret, never in a URL that gets printed).
   *
   * @throws IllegalArgumentException naming {@code name}
   */
  public static URI requireEndpoint(String name, URI endpoint) {
    Objects.requireNonNull(endpoint, name);
    String scheme = endpoint.getScheme() == null
        ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null
        || endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException(name + " must be an absolute http or https URL without"
          + " user info, e.g. https://id.example.com/oauth2/introspect");
    }
    return endpoint;
  }

  @Override
  public String toString() {
    return "IntrospectionSettings[endpoint=" + endpoint + ", clientId=" + clientId
        + ", clientSecret=****, timeout=" + timeout + ", cacheTtl=" + cacheTtl
        + ", inactiveTtl=" + inactiveTtl + ", localTtl=" + localTtl + "]";
  }

  private static void requireWithin(String name, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, name);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be " + min + " to " + max + ", was " + value);
    }
  }
}
