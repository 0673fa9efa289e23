package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The name extraction the metric coverage test relies on: wrong here, blind there. */
class QueriedMetricsTest {

  @Test
  void functions_label_matchers_label_lists_ranges_and_grafana_variables_are_not_metric_names() {
    assertThat(QueriedMetrics.metricNames("histogram_quantile(0.99, sum by (route, le) (rate("
        + "http_server_request_duration_seconds_bucket{job=~\"$job\", route!~\"/health/.*\"}"
        + "[$__rate_interval]))) / on (job) group_left (pool) max without (instance) (up) > 1e3"))
        .containsExactlyInAnyOrder("http_server_request_duration_seconds_bucket", "up");
  }

  @Test
  void both_sides_of_binary_operators_and_keywords_are_told_apart() {
    assertThat(QueriedMetrics.metricNames("orders:slo_errors:ratio_rate1h > (14.4 * 0.005)"
        + " and orders_rate_limit_shared == 0 or absent(outbox_pending_events offset 5m)"
        + " unless count(task_runs_seconds_count) > bool 3"))
        .containsExactlyInAnyOrder("orders:slo_errors:ratio_rate1h", "orders_rate_limit_shared",
            "outbox_pending_events", "task_runs_seconds_count");
  }

  @Test
  void a_variable_names_the_metric_of_its_label_values_query_only() {
    assertThat(QueriedMetrics.variableMetric("label_values(up{job=~\"$job\"}, instance)"))
        .containsExactly("up");
    assertThat(QueriedMetrics.variableMetric("prometheus")).isEmpty();
  }

  @Test
  void the_repository_queries_the_service_metrics_and_leaves_recorded_names_out() {
    var names = QueriedMetrics.under(Path.of("..", "deploy")).names();

    assertThat(names).containsKeys("http_server_request_duration_seconds_count",
        "hikaricp_connections_pending", "outbox_oldest_pending_age_seconds", "up");
    assertThat(names.get("http_server_request_duration_seconds_bucket"))
        .contains("alerts.yaml", "orders-service.json");
    assertThat(names.keySet()).noneMatch(name -> name.startsWith("orders:"))
        .doesNotContain("le", "route", "job", "instance", "rate", "sum");
  }
}
