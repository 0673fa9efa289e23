package com.example.orders.adapters.http.problem;

import com.example.orders.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects everything wrong with a request's inputs, so that the client learns about all of it in
 * one response instead of one error per round trip.
 *
 * <p>In a body, missing inputs make the request malformed ({@code 400 request.invalid-body}) and
 * inputs that are present but break a domain rule make it invalid ({@code 422
 * request.validation-failed}); both kinds are listed together. Bad path and query parameters are
 * always {@code 400 request.invalid-parameter}: the client built a wrong URL.
 */
public final class FieldErrors {

  /** The code of a required input that is absent or {@code null}. */
  public static final String REQUIRED = "field.required";

  private final boolean parameters;
  private final List<FieldError> errors = new ArrayList<>();
  private boolean anyMissing;

  private FieldErrors(boolean parameters) {
    this.parameters = parameters;
  }

  /** For the fields of a JSON body, named by JSON pointers. */
  public static FieldErrors inBody() {
    return new FieldErrors(false);
  }

  /** For path and query parameters, named by their names. */
  public static FieldErrors inParameters() {
    return new FieldErrors(true);
  }

  /**
   * Turns a required input into a domain value, recording why it could not be.
   *
   * @param field where the input is, e.g. {@code /customer/email}
   * @param raw the input as received; {@code null} when absent
   * @param toValue builds the domain value; throws {@link InvalidValueException} when it breaks a
   *     rule
   * @return the value, or empty when it is missing or invalid (and an error was recorded)
   */
  public <R, T> Optional<T> required(
      String field, R raw, Function<? super R, ? extends T> toValue) {
    if (raw == null) {
      missing(field);
      return Optional.empty();
    }
    return valid(field, () -> toValue.apply(raw));
  }

  /**
   * Runs a check that may throw {@link InvalidValueException}; records the failure at {@code
   * field}.
   */
  public <T> Optional<T> valid(String field, Supplier<? extends T> check) {
    try {
      return Optional.of(check.get());
    } catch (InvalidValueException invalid) {
      reject(field, invalid.code(), invalid.getMessage());
      return Optional.empty();
    }
  }

  /** Records that a required input is absent. */
  public void missing(String field) {
    anyMissing = true;
    errors.add(new FieldError(field, REQUIRED, "is required"));
  }

  /** Records a broken rule that no value object checks, e.g. a duplicate within the request. */
  public void reject(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }

  /** Throws one {@link ProblemException} listing every recorded error, if there is any. */
  public void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    if (parameters) {
      throw new ProblemException(
          RequestProblem.INVALID_PARAMETER, "one or more parameters are invalid", errors);
    }
    if (anyMissing) {
      String detail =
          errors.stream().allMatch(error -> error.code().equals(REQUIRED))
              ? "required fields are missing"
              : "required fields are missing and others are invalid";
      throw new ProblemException(RequestProblem.INVALID_BODY, detail, errors);
    }
    throw new ProblemException(
        RequestProblem.VALIDATION_FAILED, "one or more fields have invalid values", errors);
  }
}
