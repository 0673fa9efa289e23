package com.example.orders.bootstrap.config;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: the process's standard input and output are a terminal. */
public final class Terminal {

  private Terminal() {}

  /**
   * Before JDK 22, {@link System#console()} exists only on a terminal; from JDK 22 on it exists
   * for redirected streams too, and {@code Console.isTerminal()} (not in release 21, hence
   * looked up) tells the two apart.
   */
  public static boolean attached() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException jdk21) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      // cannot tell: the format a collector parses is the safe side
      return false;
    }
  }
}
