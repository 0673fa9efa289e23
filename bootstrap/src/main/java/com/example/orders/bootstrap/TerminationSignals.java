package com.example.orders.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Lets the service decide what SIGTERM, SIGINT and SIGHUP do, instead of the JVM's default of
 * starting its exit at once. Then the service can stop gracefully first and exit with a code of
 * its own (0 after an orderly stop, where a JVM ended by a signal exits 143, which orchestrators
 * report as a failure), through {@code System.exit}, which runs every other shutdown hook (JFR's
 * dump on exit, logback's flush) as usual.
 *
 * <p>Only {@code sun.misc.Signal} can do this: it lives in the {@code jdk.unsupported} module,
 * which every JDK and JRE ships, but using it by name draws compiler warnings that cannot be
 * suppressed. It is therefore reached reflectively, and where it is missing (a runtime linked
 * without that module) {@link #handle} says so and the JVM's default stays in place.
 */
final class TerminationSignals {

  private static final List<String> SIGNALS = List.of("TERM", "INT", "HUP");

  private TerminationSignals() {}

  /**
   * Runs {@code onSignal} on its own thread when one of the signals arrives.
   *
   * @return whether the signals are now handled
   */
  static boolean handle(Runnable onSignal) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Method handle = signal.getMethod("handle", signal, handler);
      Object action = Proxy.newProxyInstance(TerminationSignals.class.getClassLoader(),
          new Class<?>[] {handler}, runner(onSignal));
      for (String name : SIGNALS) {
        handle.invoke(null, signal.getConstructor(String.class).newInstance(name), action);
      }
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException
        | InstantiationException | InvocationTargetException unavailable) {
      return false;
    }
  }

  /** The handler's one method runs the action on a thread of its own, so signals never wait. */
  private static InvocationHandler runner(Runnable onSignal) {
    return (proxy, method, arguments) -> switch (method.getName()) {
      case "handle" -> {
        Thread.ofPlatform().name("orders-signal").start(onSignal);
        yield null;
      }
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == arguments[0];
      default -> "TerminationSignals.handler";
    };
  }
}
