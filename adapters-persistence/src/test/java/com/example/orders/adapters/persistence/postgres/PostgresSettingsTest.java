package com.example.orders.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

  private static final String URL = "jdbc:postgresql://db.internal:5432/orders";

  @Test
  void printed_settings_never_show_the_password() {
    PostgresSettings settings =
        new PostgresSettings(URL, "orders", "s3cr3t-pw", 10, Duration.ofSeconds(1));

    assertThat(settings.toString())
        .doesNotContain("s3cr3t-pw")
        .contains("password=****", URL, "user=orders", "maxPoolSize=10");
  }

  @Test
  void settings_without_a_statement_timeout_take_the_default_of_five_seconds() {
    PostgresSettings settings =
        new PostgresSettings(URL, "orders", "", 10, Duration.ofSeconds(1));

    assertThat(settings.statementTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void a_statement_timeout_below_100_ms_is_rejected_because_ordinary_statements_would_fail() {
    assertThatThrownBy(() -> new PostgresSettings(
        URL, "orders", "", 10, Duration.ofSeconds(1), Duration.ofMillis(99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statementTimeout must be 100 ms to");
  }

  @Test
  void printed_settings_never_show_a_password_given_in_the_url() {
    PostgresSettings settings = new PostgresSettings(
        URL + "?ssl=true&password=s3cr3t-pw&ApplicationName=x", "orders", "", 10,
        Duration.ofSeconds(1));

    assertThat(settings.toString())
        .doesNotContain("s3cr3t-pw")
        .contains("ssl=true", "password=****");
  }

  @Test
  void a_url_for_another_database_kind_is_rejected() {
    assertThatThrownBy(() -> new PostgresSettings(
        "jdbc:mysql://db/orders", "orders", "", 10, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_pool_without_connections_is_rejected() {
    assertThatThrownBy(() -> new PostgresSettings(URL, "orders", "", 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_connection_timeout_below_what_the_pool_honours_is_rejected() {
    assertThatThrownBy(() -> new PostgresSettings(URL, "orders", "", 10, Duration.ofMillis(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectionTimeout must be 250 ms to");
  }
}
