package com.example.orders.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.adapters.http.archfixture.HttpClassUsingPersistence;
import com.example.orders.adapters.http.archfixture.HttpClassUsingTheSdk;
import com.example.orders.application.archfixture.UseCaseUsingAdapter;
import com.example.orders.domain.archfixture.DomainClassUsingInjection;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each dependency rule catches a class that breaks it: the fixtures in the {@code archfixture}
 * packages of this module's tests break one rule each on purpose.
 */
class DependencyRuleCanFailTest {

  private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(
      DomainClassUsingInjection.class, UseCaseUsingAdapter.class, HttpClassUsingPersistence.class,
      HttpClassUsingTheSdk.class, com.example.orders.adapters.persistence.memory.InMemoryStore.class);

  @Test
  void a_domain_class_importing_a_framework_is_caught() {
    assertViolation(ArchitectureRules.DOMAIN_IMPORTS_ONLY_JAVA, "jakarta.inject.Inject");
  }

  @Test
  void an_application_class_importing_an_adapter_is_caught() {
    assertViolation(ArchitectureRules.APPLICATION_IMPORTS_ONLY_DOMAIN_AND_JAVA, "InMemoryStore");
    assertViolation(ArchitectureRules.INNER_LAYERS_DO_NOT_KNOW_ADAPTERS, "UseCaseUsingAdapter");
  }

  @Test
  void an_adapter_importing_another_adapter_is_caught() {
    assertViolation(ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER, "HttpClassUsingPersistence");
  }

  @Test
  void an_adapter_importing_bootstrap_is_caught() {
    assertViolation(ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_BOOTSTRAP, "HttpClassUsingPersistence");
  }

  @Test
  void an_adapter_importing_the_telemetry_sdk_is_caught() {
    assertViolation(ArchitectureRules.ONLY_BOOTSTRAP_KNOWS_THE_TELEMETRY_SDK, "HttpClassUsingTheSdk");
  }

  private static void assertViolation(ArchRule rule, String culprit) {
    EvaluationResult result = rule.evaluate(FIXTURES);

    assertThat(result.hasViolation()).as("%s should fail", rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
  }
}
