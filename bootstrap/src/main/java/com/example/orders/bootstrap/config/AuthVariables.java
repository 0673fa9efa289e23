package com.example.orders.bootstrap.config;

import com.example.orders.adapters.http.auth.AuthSettings;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code AUTH_*}: the OpenID Connect issuer when {@code AUTH_ISSUER} is set, else the demo one. */
public final class AuthVariables implements ConfigArea<Optional<AuthSettings>> {

  public static final AuthVariables AUTH = new AuthVariables();

  static final String ISSUER = "AUTH_ISSUER";
  private static final String ALGORITHMS = "AUTH_ALGORITHMS";
  private static final List<String> DEPENDENT_VARIABLES = List.of(
      "AUTH_JWKS_URI", "AUTH_AUDIENCE", "AUTH_TENANT_CLAIM", ALGORITHMS,
      "AUTH_READ_SCOPE", "AUTH_WRITE_SCOPE", "AUTH_ADMIN_SCOPE", "AUTH_CLOCK_SKEW");

  private AuthVariables() {}

  @Override
  public Optional<AuthSettings> read(EnvironmentVariables variables, AppEnvironment environment) {
    if (!variables.isSet(ISSUER)) {
      if (environment == AppEnvironment.PRODUCTION) {
        variables.problem(ISSUER + " is required when APP_ENV=production"
            + " (the built-in demo token issuer is for development only)");
      }
      variables.refuseWithout(ISSUER, DEPENDENT_VARIABLES, "verify tokens of a real issuer");
      return Optional.empty();
    }
    Optional<URI> issuer = variables.httpUri(ISSUER);
    Optional<URI> jwksUri = variables.httpUri("AUTH_JWKS_URI");
    String audience = word(variables, "AUTH_AUDIENCE", AuthSettings.DEFAULT_AUDIENCE);
    String tenantClaim = word(variables, "AUTH_TENANT_CLAIM", AuthSettings.DEFAULT_TENANT_CLAIM);
    Set<String> algorithms = algorithms(variables);
    String readScope = word(variables, "AUTH_READ_SCOPE", AuthSettings.DEFAULT_READ_SCOPE);
    String writeScope = word(variables, "AUTH_WRITE_SCOPE", AuthSettings.DEFAULT_WRITE_SCOPE);
    String adminScope = word(variables, "AUTH_ADMIN_SCOPE", AuthSettings.DEFAULT_ADMIN_SCOPE);
    Duration clockSkew = variables.duration("AUTH_CLOCK_SKEW", AuthSettings.DEFAULT_CLOCK_SKEW,
        AuthSettings.CLOCK_SKEW_MIN, AuthSettings.CLOCK_SKEW_MAX);
    return issuer.map(uri -> new AuthSettings(uri.toString(), jwksUri, audience, tenantClaim,
        algorithms, readScope, writeScope, adminScope, clockSkew));
  }

  @Override
  public List<String> describe(Optional<AuthSettings> auth) {
    return auth.map(AuthVariables::describe)
        .orElse(List.of(ISSUER + "=(unset: built-in demo token issuer)"));
  }

  private static List<String> describe(AuthSettings issuer) {
    return List.of(
        ISSUER + "=" + issuer.issuer(),
        "AUTH_JWKS_URI="
            + issuer.jwksUri().map(Object::toString).orElse("(unset: discovered from the issuer)"),
        "AUTH_AUDIENCE=" + issuer.audience(),
        "AUTH_TENANT_CLAIM=" + issuer.tenantClaim(),
        ALGORITHMS + "=" + String.join(",", new TreeSet<>(issuer.algorithms())),
        "AUTH_READ_SCOPE=" + issuer.readScope(),
        "AUTH_WRITE_SCOPE=" + issuer.writeScope(),
        "AUTH_ADMIN_SCOPE=" + issuer.adminScope(),
        "AUTH_CLOCK_SKEW=" + Durations.format(issuer.clockSkew()));
  }

  private static String word(EnvironmentVariables variables, String name, String fallback) {
    String value = variables.text(name, fallback);
    return variables.accepted(() -> AuthSettings.requireWord(name, value)).orElse(fallback);
  }

  private static Set<String> algorithms(EnvironmentVariables variables) {
    Optional<String> value = variables.text(ALGORITHMS);
    if (value.isEmpty()) {
      return AuthSettings.DEFAULT_ALGORITHMS;
    }
    Set<String> accepted = new LinkedHashSet<>();
    for (String name : value.get().split(",")) {
      Optional<String> algorithm =
          variables.accepted(() -> AuthSettings.algorithm(ALGORITHMS, name.strip()));
      if (algorithm.isEmpty()) {
        return AuthSettings.DEFAULT_ALGORITHMS;
      }
      accepted.add(algorithm.get());
    }
    return accepted;
  }
}
