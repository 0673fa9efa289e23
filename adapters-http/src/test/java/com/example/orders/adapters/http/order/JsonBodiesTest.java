package com.example.orders.adapters.http.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\""
      })
  void json_in_utf_8_is_accepted(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "text/plain",
        "application/xml",
        "application/json-patch+json",
        "application/jsonx",
        "application/json; charset=iso-8859-1",
        "application/json; charset"
      })
  void other_media_types_and_charsets_are_refused(String contentType) {
    assertThat(JsonBodies.isJson(contentType)).isFalse();
  }

  @Test
  void utf_8_text_is_decoded_as_sent() {
    String json = "{\"name\":\"Zoë 🚀 日本\"}";

    assertThat(JsonBodies.utf8(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7b 22 6e 22 3a 22 ff 22 7d", // a byte UTF-8 never uses
        "7b 22 6e 22 3a 22 c3 28 22 7d", // a lead byte without its continuation
        "7b 22 6e 22 3a 22 ed a0 80 22 7d", // an encoded surrogate
        "7b 22 6e 22 3a 22 c0 af 22 7d", // an overlong encoding
        "7b 22 6e 22 3a 22 e2 82" // cut off inside a character
      })
  void bytes_that_are_not_utf_8_are_refused_as_malformed(String hex) {
    byte[] body = HexFormat.ofDelimiter(" ").parseHex(hex);

    ProblemException refused =
        catchThrowableOfType(ProblemException.class, () -> JsonBodies.utf8(body));

    assertThat(refused.type()).isEqualTo(RequestProblem.MALFORMED_JSON);
    assertThat(refused).hasMessage("the body is not valid UTF-8 (at byte 6)");
  }
}
