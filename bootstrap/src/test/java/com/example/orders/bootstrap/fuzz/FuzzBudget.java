package com.example.orders.bootstrap.fuzz;

import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many requests the fuzz sends and from which seed, set by system properties so that the same
 * suite runs for a minute in every build and for hours on demand:
 *
 * <ul>
 *   <li>{@code fuzz.tries}: generated requests per storage mode, shared among the properties as
 *       their {@link FuzzProperty#percent()} says (default {@value #DEFAULT_TRIES});
 *   <li>{@code fuzz.seed}: the seed (default {@value #DEFAULT_SEED}, fixed so that every build
 *       sends the same requests and a failure can be run again).
 * </ul>
 */
final class FuzzBudget implements AroundPropertyHook {

  static final int DEFAULT_TRIES = 800;
  static final String DEFAULT_SEED = "20261201";

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    int percent = context.findAnnotation(FuzzProperty.class).orElseThrow().percent();
    int total = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
    context.attributes().setTries(Math.max(1, (int) ((long) total * percent / 100)));
    context.attributes().setSeed(System.getProperty("fuzz.seed", DEFAULT_SEED));
    // jqwik's edge cases (first and last of every choice, combined) would crowd out the weights
    // the generators give; the hostile values they stand for are among the choices anyway
    context.attributes().setEdgeCases(EdgeCasesMode.NONE);
    return property.execute();
  }
}
