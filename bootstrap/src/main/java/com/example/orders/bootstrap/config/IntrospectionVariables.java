package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.auth.introspection.IntrospectionSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code AUTH_MODE} and {@code AUTH_INTROSPECTION_*}: whether tokens are verified locally as JWTs
 * ({@code jwt}, the default) or by the authorization server's introspection endpoint
 * ({@code introspection}, RFC 7662, ADR 0030), and how to reach and trust that endpoint.
 */
public final class IntrospectionVariables implements ConfigArea<Optional<IntrospectionSettings>> {

  public static final IntrospectionVariables INTROSPECTION = new IntrospectionVariables();

  static final String MODE = "AUTH_MODE";
  static final String URI_VARIABLE = "AUTH_INTROSPECTION_URI";
  static final String CLIENT_ID = "AUTH_INTROSPECTION_CLIENT_ID";
  static final String CLIENT_SECRET = "AUTH_INTROSPECTION_CLIENT_SECRET";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      URI_VARIABLE, CLIENT_ID, CLIENT_ID + EnvironmentVariables.FILE_SUFFIX, CLIENT_SECRET,
      CLIENT_SECRET + EnvironmentVariables.FILE_SUFFIX, "AUTH_INTROSPECTION_TIMEOUT",
      "AUTH_INTROSPECTION_CACHE_TTL", "AUTH_INTROSPECTION_INACTIVE_TTL",
      "AUTH_INTROSPECTION_LOCAL_TTL");
  /** Settings of local JWT verification, meaningless when the server judges tokens. */
  private static final List<String> JWT_ONLY_VARIABLES = List.of("AUTH_JWKS_URI", "AUTH_ALGORITHMS");

  /** The values of {@code AUTH_MODE}. */
  enum Mode { JWT, INTROSPECTION }

  private IntrospectionVariables() {}

  @Override
  public Optional<IntrospectionSettings> read(
      EnvironmentVariables variables, AppEnvironment environment) {
    Mode mode = variables.choice(MODE, Mode.values(), Mode.JWT);
    if (mode == Mode.JWT) {
      DEPENDENT_VARIABLES.stream().filter(variables::isSet).forEach(name -> variables.problem(
          name + " is set but " + MODE + " is not introspection: set " + MODE
              + "=introspection to verify tokens by introspection, or unset " + name));
      return Optional.empty();
    }
    if (!variables.isSet(AuthVariables.ISSUER)) {
      variables.problem(MODE + "=introspection needs " + AuthVariables.ISSUER
          + ": the issuer of the tokens the introspection endpoint judges");
    }
    JWT_ONLY_VARIABLES.stream().filter(variables::isSet).forEach(name -> variables.problem(
        name + " applies to " + MODE + "=jwt only: unset it, tokens are introspected"));
    Optional<URI> endpoint = variables.httpUri(URI_VARIABLE).flatMap(uri -> variables.accepted(
        () -> IntrospectionSettings.requireEndpoint(URI_VARIABLE, uri)));
    if (!variables.isSet(URI_VARIABLE)) {
      variables.problem(URI_VARIABLE + " is required when " + MODE + "=introspection");
    }
    Optional<String> clientId = required(variables, CLIENT_ID).map(String::strip);
    Optional<String> clientSecret = required(variables, CLIENT_SECRET);
    Duration timeout = variables.duration("AUTH_INTROSPECTION_TIMEOUT",
        IntrospectionSettings.DEFAULT_TIMEOUT, IntrospectionSettings.TIMEOUT_MIN,
        IntrospectionSettings.TIMEOUT_MAX);
    Duration cacheTtl = variables.duration("AUTH_INTROSPECTION_CACHE_TTL",
        IntrospectionSettings.DEFAULT_CACHE_TTL, IntrospectionSettings.CACHE_TTL_MIN,
        IntrospectionSettings.CACHE_TTL_MAX);
    Duration inactiveTtl = variables.duration("AUTH_INTROSPECTION_INACTIVE_TTL",
        IntrospectionSettings.DEFAULT_INACTIVE_TTL, IntrospectionSettings.INACTIVE_TTL_MIN,
        IntrospectionSettings.INACTIVE_TTL_MAX);
    Duration localTtl = variables.duration("AUTH_INTROSPECTION_LOCAL_TTL",
        IntrospectionSettings.DEFAULT_LOCAL_TTL, IntrospectionSettings.LOCAL_TTL_MIN,
        IntrospectionSettings.LOCAL_TTL_MAX);
    if (endpoint.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new IntrospectionSettings(endpoint.get(), clientId.get(),
        clientSecret.get(), timeout, cacheTtl, inactiveTtl, localTtl));
  }

  @Override
  public List<String> describe(Optional<IntrospectionSettings> introspection) {
    return introspection.map(IntrospectionVariables::describe)
        .orElse(List.of(MODE + "=jwt"));
  }

  private static List<String> describe(IntrospectionSettings settings) {
    return List.of(
        MODE + "=" + Mode.INTROSPECTION.name().toLowerCase(Locale.ROOT),
        URI_VARIABLE + "=" + settings.endpoint(),
        CLIENT_ID + "=" + settings.clientId(),
        CLIENT_SECRET + "=" + Secrets.masked(settings.clientSecret()),
        "AUTH_INTROSPECTION_TIMEOUT=" + Durations.format(settings.timeout()),
        "AUTH_INTROSPECTION_CACHE_TTL=" + Durations.format(settings.cacheTtl()),
        "AUTH_INTROSPECTION_INACTIVE_TTL=" + Durations.format(settings.inactiveTtl()),
        "AUTH_INTROSPECTION_LOCAL_TTL=" + Durations.format(settings.localTtl()));
  }

  private static Optional<String> required(EnvironmentVariables variables, String name) {
    Optional<String> value = variables.textOrFile(name);
    if (value.isEmpty() && !variables.isSet(name + EnvironmentVariables.FILE_SUFFIX)) {
      variables.problem(name + " (or " + name + EnvironmentVariables.FILE_SUFFIX
          + ") is required when " + MODE + "=introspection");
    }
    return value;
  }
}
