package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.bootstrap.config.AppEnvironment;
import com.example.orders.bootstrap.config.Config;
import com.example.orders.bootstrap.config.TracingConfig;
import com.example.orders.bootstrap.config.TracingVariables;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelemetryTest {

  private static TracingConfig tracing(Map<String, String> environment) {
    return Config.fromEnvironment(environment).get(TracingVariables.TRACING);
  }

  @Test
  void tracing_off_builds_no_sdk_and_the_no_op_telemetry_does_not_trace() {
    assertThat(Telemetry.build(tracing(Map.of()), AppEnvironment.DEVELOPMENT)).isEmpty();
    assertThat(Telemetry.traces(OpenTelemetry.noop())).isFalse();
  }

  @Test
  void tracing_on_builds_an_sdk_that_samples_by_the_configured_rule() {
    Optional<OpenTelemetrySdk> sdk = Telemetry.build(
        tracing(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")),
        AppEnvironment.PRODUCTION);
    try {
      assertThat(sdk).hasValueSatisfying(built -> {
        assertThat(Telemetry.traces(built)).isTrue();
        assertThat(built.getSdkTracerProvider().getSampler().getDescription())
            .isEqualTo("ParentBased{root:TraceIdRatioBased{0.100000},"
                + "remoteParentSampled:AlwaysOnSampler,remoteParentNotSampled:AlwaysOffSampler,"
                + "localParentSampled:AlwaysOnSampler,localParentNotSampled:AlwaysOffSampler}");
      });
    } finally {
      sdk.ifPresent(Telemetry::shutdown);
    }
  }

  @Test
  void the_resource_names_service_version_environment_and_instance() {
    Resource resource = Telemetry.resource(tracing(Map.of()), AppEnvironment.PRODUCTION);

    assertThat(resource.getAttribute(Telemetry.SERVICE_NAME)).isEqualTo("orders-service");
    assertThat(resource.getAttribute(Telemetry.SERVICE_VERSION)).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(resource.getAttribute(Telemetry.DEPLOYMENT_ENVIRONMENT)).isEqualTo("production");
    assertThat(resource.getAttribute(Telemetry.SERVICE_INSTANCE_ID))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")
        .isNotEqualTo(Telemetry.resource(tracing(Map.of()), AppEnvironment.PRODUCTION)
            .getAttribute(Telemetry.SERVICE_INSTANCE_ID));
  }

  @Test
  void resource_attributes_of_the_environment_win_over_the_services_own() {
    Resource resource = Telemetry.resource(tracing(Map.of(
            "OTEL_SERVICE_NAME", "orders-eu",
            "OTEL_RESOURCE_ATTRIBUTES",
            "deployment.environment.name=laptop,service.instance.id=pod-7,region=eu-west")),
        AppEnvironment.DEVELOPMENT);

    assertThat(resource.getAttribute(Telemetry.SERVICE_NAME)).isEqualTo("orders-eu");
    assertThat(resource.getAttribute(Telemetry.DEPLOYMENT_ENVIRONMENT)).isEqualTo("laptop");
    assertThat(resource.getAttribute(Telemetry.SERVICE_INSTANCE_ID)).isEqualTo("pod-7");
    assertThat(resource.getAttribute(AttributeKey.stringKey("region"))).isEqualTo("eu-west");
  }
}
