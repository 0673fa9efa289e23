package com.example.orders.bootstrap.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** A fuzz property: a jqwik property whose tries and seed come from the {@link FuzzBudget}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Property
@AddLifecycleHook(FuzzBudget.class)
@interface FuzzProperty {

  /** This property's share of the requests per storage mode, in percent. */
  int percent();
}
