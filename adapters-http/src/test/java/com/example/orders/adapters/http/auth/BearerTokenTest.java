package com.example.orders.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 6750 section 2.1: {@code Bearer} (any case), spaces, a token68, optional trailing spaces. */
class BearerTokenTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bearer abc|abc",
      "bearer eyJ.x-y_z~a+b/c|eyJ.x-y_z~a+b/c",
      "BEARER   padded==  |padded==",
      "Bearer a=|a="})
  void a_well_formed_header_yields_its_token(String header, String token) throws Exception {
    assertThat(BearerAuthentication.token(header)).isEqualTo(token);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bearer", "Bearer ", "Bearerabc", "Bearer a b", "Bearer =abc", "Bearer abc=d",
      "Bearer ab\tc", "Bearer abé"})
  void anything_else_is_an_invalid_token(String header) {
    assertThatThrownBy(() -> BearerAuthentication.token(header))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("the Authorization header is not a well-formed bearer token");
  }
}
