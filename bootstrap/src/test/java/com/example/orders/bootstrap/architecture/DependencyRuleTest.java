package com.example.orders.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production classes of every module obey the dependency rule. Each rule fails when the
 * packages it guards are empty, so a renamed package cannot silently switch a rule off.
 */
class DependencyRuleTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // the adapters' test jars (bootstrap's tests use their fixtures) hold tests too
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages(ArchitectureRules.ROOT);
  }

  @Test
  void the_domain_imports_nothing_outside_java() {
    ArchitectureRules.DOMAIN_IMPORTS_ONLY_JAVA.check(production);
  }

  @Test
  void the_application_imports_only_the_domain_and_java() {
    ArchitectureRules.APPLICATION_IMPORTS_ONLY_DOMAIN_AND_JAVA.check(production);
  }

  @Test
  void adapters_never_import_each_other() {
    ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER.check(production);
  }

  @Test
  void only_bootstrap_knows_bootstrap() {
    ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP.check(production);
  }

  @Test
  void the_domain_and_the_application_know_no_adapter() {
    ArchitectureRules.INNER_LAYERS_DO_NOT_KNOW_ADAPTERS.check(production);
  }

  @Test
  void only_bootstrap_knows_the_telemetry_sdk() {
    ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_THE_TELEMETRY_SDK.check(production);
  }
}
