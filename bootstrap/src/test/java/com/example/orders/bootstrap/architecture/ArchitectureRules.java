package com.example.orders.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's dependency rule (README, "How it is built"), stated once for every test. */
final class ArchitectureRules {

  static final String ROOT = "com.example.orders";
  static final String DOMAIN = ROOT + ".domain..";
  static final String APPLICATION = ROOT + ".application..";
  static final String ADAPTERS = ROOT + ".adapters..";
  static final String BOOTSTRAP = ROOT + ".bootstrap..";

  /** The empty package holds primitive types and arrays of them. */
  private static final String PRIMITIVES = "";

  static final ArchRule DOMAIN_IMPORTS_ONLY_JAVA = classes()
      .that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", PRIMITIVES)
      .as("the domain imports nothing outside java.*");

  static final ArchRule APPLICATION_IMPORTS_ONLY_DOMAIN_AND_JAVA = classes()
      .that().resideInAPackage(APPLICATION)
      .should().onlyDependOnClassesThat()
      .resideInAnyPackage(APPLICATION, DOMAIN, "java..", PRIMITIVES)
      .as("the application imports only the domain and java.*");

  static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices()
      .matching(ROOT + ".adapters.(*)..")
      .should().notDependOnEachOther()
      .as("an adapter never imports another adapter");

  static final ArchRule ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP = noClasses()
      .that().resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS)
      .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
      .as("only bootstrap knows bootstrap");

  static final ArchRule INNER_LAYERS_DO_NOT_KNOW_ADAPTERS = noClasses()
      .that().resideInAnyPackage(DOMAIN, APPLICATION)
      .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
      .as("the domain and the application do not know any adapter");

  /** The adapters trace through the OpenTelemetry API they are given (ADR 0032). */
  static final ArchRule ONLY_BOOTSTRAP_KNOWS_THE_TELEMETRY_SDK = noClasses()
      .that().resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS)
      .should().dependOnClassesThat().resideInAPackage("io.opentelemetry.sdk..")
      .as("only bootstrap knows the OpenTelemetry SDK");

  private ArchitectureRules() {}
}
