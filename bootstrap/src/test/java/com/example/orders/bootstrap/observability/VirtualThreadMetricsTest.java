package com.example.orders.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.OperationalEndpoint.Response;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class VirtualThreadMetricsTest {

  private final PrometheusRegistry registry = new PrometheusRegistry();

  @Test
  void the_scheduler_gauges_are_exported_and_show_the_carrier_threads_a_virtual_thread_started()
      throws Exception {
    // the build and the image run JDK 25, which has the scheduler MBean
    assertThat(VirtualThreadMetrics.register(registry)).isTrue();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread parked = Thread.ofVirtual().start(() -> {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    });
    started.await();

    Response scrape = new MetricsEndpoint(registry).handle();
    release.countDown();
    parked.join();

    assertThat(scrape.body())
        .contains("# TYPE jvm_virtual_threads_mounted gauge")
        .contains("# TYPE jvm_virtual_threads_queued gauge")
        .containsPattern("jvm_virtual_thread_scheduler_pool_size [1-9]")
        .containsPattern("jvm_virtual_thread_scheduler_parallelism [1-9]");
  }
}
