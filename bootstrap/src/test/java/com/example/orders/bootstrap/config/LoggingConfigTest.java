package com.example.orders.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.bootstrap.config.LoggingConfig.Format;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which log format the service writes: LOG_FORMAT when set, else by environment and terminal. */
class LoggingConfigTest {

  @Test
  void development_on_a_terminal_writes_text_and_off_a_terminal_json() {
    LoggingConfig logging = logging(Map.of());

    assertThat(logging.format(true)).isEqualTo(Format.TEXT);
    assertThat(logging.format(false)).isEqualTo(Format.JSON);
  }

  @Test
  void production_writes_json_even_on_a_terminal() {
    LoggingConfig logging = new LoggingConfig(LoggingConfig.Level.INFO,
        java.util.Optional.empty(), AppEnvironment.PRODUCTION);

    assertThat(logging.format(true)).isEqualTo(Format.JSON);
    assertThat(logging.format(false)).isEqualTo(Format.JSON);
  }

  @Test
  void log_format_wins_over_the_defaults_either_way_and_in_any_case() {
    assertThat(logging(Map.of("LOG_FORMAT", "json")).format(true)).isEqualTo(Format.JSON);
    assertThat(logging(Map.of("LOG_FORMAT", "TEXT")).format(false)).isEqualTo(Format.TEXT);
    assertThat(new LoggingConfig(LoggingConfig.Level.INFO, java.util.Optional.of(Format.TEXT),
        AppEnvironment.PRODUCTION).format(false)).isEqualTo(Format.TEXT);
  }

  @Test
  void a_blank_log_format_is_unset() {
    assertThat(logging(Map.of("LOG_FORMAT", " ")).requestedFormat()).isEmpty();
  }

  @Test
  void an_unknown_log_format_is_a_start_up_error_naming_the_accepted_values() {
    ConfigException failure = catchThrowableOfType(ConfigException.class,
        () -> Config.fromEnvironment(Map.of("LOG_FORMAT", "pretty")));

    assertThat(failure.problems())
        .containsExactly("LOG_FORMAT must be one of json, text, got 'pretty'");
  }

  @Test
  void the_effective_configuration_says_what_an_unset_format_means_where() {
    assertThat(Config.fromEnvironment(Map.of("LOG_FORMAT", "text")).describe())
        .contains("LOG_FORMAT=text");
    assertThat(Config.fromEnvironment(Map.of()).describe())
        .contains("LOG_FORMAT=(unset: text on a terminal, else json)");
  }

  @Test
  void a_test_run_with_piped_output_is_not_on_a_terminal() {
    // surefire pipes the forked JVM's streams: the default there must be JSON
    assertThat(Terminal.attached()).isFalse();
  }

  private static LoggingConfig logging(Map<String, String> environment) {
    return Config.fromEnvironment(environment).get(LoggingVariables.LOGGING);
  }
}
