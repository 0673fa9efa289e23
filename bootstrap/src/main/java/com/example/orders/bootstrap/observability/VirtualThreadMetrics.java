package com.example.orders.bootstrap.observability;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The virtual-thread scheduler, read at scrape time from the JDK's {@code
 * jdk.management:type=VirtualThreadScheduler} MBean: {@code jvm_virtual_threads_mounted} (running
 * on a carrier now), {@code jvm_virtual_threads_queued} (ready, waiting for a carrier), {@code
 * jvm_virtual_thread_scheduler_parallelism} and {@code jvm_virtual_thread_scheduler_pool_size}
 * (carrier threads). The MBean exists from JDK 24 on; the code targets 21, so it is read by name
 * through the MBean server, and on an older JDK these gauges are simply not registered.
 * Pinning is not counted: JDK 24 removed its main cause (JEP 491, synchronized), and counting the
 * rest would need a JFR recording stream running in every process (ADR 0034).
 */
public final class VirtualThreadMetrics {

  private static final String SCHEDULER = "jdk.management:type=VirtualThreadScheduler";

  private VirtualThreadMetrics() {}

  /** Registers the gauges if this JDK has the scheduler MBean; tells whether it had. */
  public static boolean register(PrometheusRegistry registry) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName scheduler;
    try {
      scheduler = new ObjectName(SCHEDULER);
    } catch (JMException impossible) {
      throw new IllegalStateException(impossible);
    }
    if (!server.isRegistered(scheduler)) {
      return false;
    }
    gauge(registry, server, scheduler, "jvm_virtual_threads_mounted",
        "Virtual threads mounted on a carrier thread (running) now", "MountedVirtualThreadCount");
    gauge(registry, server, scheduler, "jvm_virtual_threads_queued",
        "Virtual threads ready to run and waiting for a carrier thread", "QueuedVirtualThreadCount");
    gauge(registry, server, scheduler, "jvm_virtual_thread_scheduler_parallelism",
        "Carrier threads the virtual-thread scheduler aims to keep busy", "Parallelism");
    gauge(registry, server, scheduler, "jvm_virtual_thread_scheduler_pool_size",
        "Carrier threads the virtual-thread scheduler has started", "PoolSize");
    return true;
  }

  private static void gauge(PrometheusRegistry registry, MBeanServer server, ObjectName scheduler,
      String name, String help, String attribute) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> {
          try {
            callback.call(((Number) server.getAttribute(scheduler, attribute)).doubleValue());
          } catch (JMException unreadable) {
            // not readable right now: this scrape goes without the value
          }
        })
        .register(registry);
  }
}
