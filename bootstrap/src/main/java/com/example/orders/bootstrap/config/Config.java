package com.example.orders.bootstrap.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole configuration of one service process, read from environment variables: one value
 * per {@link ConfigArea}, taken with {@link #get}.
 */
public final class Config {

  /** Every area, in the order their problems and effective values are listed. */
  private static final List<ConfigArea<?>> AREAS = List.of(
      HttpVariables.HTTP,
      BodyLimitVariables.BODY_LIMITS,
      BrowserVariables.BROWSER,
      RateLimitVariables.RATE_LIMITS,
      ShutdownVariables.SHUTDOWN,
      DatabaseVariables.DATABASE,
      AuthVariables.AUTH,
      IntrospectionVariables.INTROSPECTION,
      ResilienceVariables.RESILIENCE,
      HealthVariables.HEALTH,
      RedisVariables.REDIS,
      CacheVariables.CACHE,
      IdempotencyVariables.IDEMPOTENCY,
      JobVariables.JOBS,
      AuditVariables.AUDIT,
      LoggingVariables.LOGGING,
      TracingVariables.TRACING,
      MessagingVariables.MESSAGING);

  private final AppEnvironment environment;
  private final Map<ConfigArea<?>, Object> values;

  private Config(AppEnvironment environment, Map<ConfigArea<?>, Object> values) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.values = values;
  }

  /**
   * Reads and validates the configuration.
   *
   * @param environment the variables, usually {@link System#getenv()}
   * @throws ConfigException listing every problem found, one line each
   */
  public static Config fromEnvironment(Map<String, String> environment) {
    EnvironmentVariables variables = new EnvironmentVariables(environment);
    AppEnvironment appEnvironment =
        variables.choice("APP_ENV", AppEnvironment.values(), AppEnvironment.DEVELOPMENT);
    Map<ConfigArea<?>, Object> values = new LinkedHashMap<>();
    for (ConfigArea<?> area : AREAS) {
      values.put(area, area.read(variables, appEnvironment));
    }
    if (!variables.problems().isEmpty()) {
      throw new ConfigException(variables.problems());
    }
    return new Config(appEnvironment, values);
  }

  /** {@code APP_ENV}. */
  public AppEnvironment environment() {
    return environment;
  }

  /** The value of one area, e.g. {@code config.get(DatabaseVariables.DATABASE)}. */
  @SuppressWarnings("unchecked") // the value was read by this very area, so it is a T
  public <T> T get(ConfigArea<T> area) {
    Object value = values.get(area);
    if (value == null) {
      throw new IllegalArgumentException(
          area.getClass().getSimpleName() + " is not in the list of configuration areas");
    }
    return (T) value;
  }

  /**
   * The effective configuration as {@code NAME=value} lines, defaults included and secrets
   * masked: what {@code config} prints, so an operator sees what the process would run with.
   */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("APP_ENV=" + environment.variableValue());
    AREAS.forEach(area -> lines.addAll(describe(area)));
    return List.copyOf(lines);
  }

  private <T> List<String> describe(ConfigArea<T> area) {
    return area.describe(get(area));
  }

  /** Every value, secrets masked by the values' own {@code toString}. */
  @Override
  public String toString() {
    return "Config[environment=" + environment + ", " + values.values() + "]";
  }
}
