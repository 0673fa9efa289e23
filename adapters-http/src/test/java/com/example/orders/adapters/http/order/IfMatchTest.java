package com.example.orders.adapters.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.adapters.http.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

  @Test
  void a_strong_etag_names_the_expected_version() {
    assertThat(IfMatch.expectedVersion("\"7\"")).isEqualTo(7);
  }

  @Test
  void surrounding_whitespace_is_ignored() {
    assertThat(IfMatch.expectedVersion("  \"12\" ")).isEqualTo(12);
  }

  @Test
  void the_etag_of_a_version_is_its_number_in_quotes() {
    assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
    assertThat(IfMatch.expectedVersion(IfMatch.etag(42))).isEqualTo(42);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void a_change_without_if_match_needs_a_precondition(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOf(ProblemException.class)
        .extracting(failure -> ((ProblemException) failure).type())
        .isEqualTo(OrderProblem.PRECONDITION_REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        "W/\"3\"",
        "3",
        "\"3",
        "\"\"",
        "\"0\"",
        "\"-1\"",
        "\"abc\"",
        "\"1\", \"2\"",
        "\"1234567890123456789\""
      })
  void anything_but_one_strong_version_tag_is_malformed(String header) {
    assertThatThrownBy(() -> IfMatch.expectedVersion(header))
        .isInstanceOf(ProblemException.class)
        .satisfies(
            failure -> {
              ProblemException problem = (ProblemException) failure;
              assertThat(problem.type()).isEqualTo(OrderProblem.INVALID_IF_MATCH);
              assertThat(problem.errors())
                  .singleElement()
                  .satisfies(error -> assertThat(error.field()).isEqualTo("If-Match"));
            });
  }
}
