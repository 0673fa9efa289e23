package com.example.orders.adapters.http.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/** A body that Jackson could not read: malformed JSON, or JSON of the wrong shape. */
final class JsonProblems {

  private JsonProblems() {}

  static Mapped map(JsonProcessingException failure) {
    return switch (failure) {
      // a DTO Jackson cannot bind is our bug, not the client's
      case InvalidDefinitionException bug -> Mapped.internalError();
      case UnrecognizedPropertyException unknown ->
          invalidBody(
              "the body has a field this API does not know",
              unknown,
              "field.unknown",
              "is not a field of this request");
      case MismatchedInputException mismatched -> wrongShape(mismatched);
      case JsonMappingException unmappable
          when unmappable.getCause() instanceof InputCoercionException ->
          invalidBody(
              "a number in the body is out of range",
              unmappable,
              "field.out-of-range",
              "is too large for this field");
      case JsonMappingException unmappable ->
          invalidBody(
              "the body does not have the expected shape",
              unmappable,
              "field.invalid",
              "cannot be read");
      case StreamConstraintsException overLimit ->
          Mapped.of(
              RequestProblem.MALFORMED_JSON,
              "the body goes beyond what this API reads: "
                  + "nesting 32 deep, strings of 65,536 characters, numbers of 64 digits");
      case InputCoercionException outOfRange ->
          Mapped.of(
              RequestProblem.INVALID_BODY, "a number in the body is out of range" + at(outOfRange));
      default ->
          Mapped.of(RequestProblem.MALFORMED_JSON, "the body is not valid JSON" + at(failure));
    };
  }

  private static Mapped wrongShape(MismatchedInputException mismatched) {
    if (mismatched.getPath().isEmpty()) {
      return Mapped.of(RequestProblem.INVALID_BODY, "the body must be a JSON object");
    }
    return invalidBody(
        "a field of the body has the wrong type",
        mismatched,
        "field.type-mismatch",
        "must be " + JsonPointers.describe(mismatched.getTargetType()));
  }

  private static Mapped invalidBody(
      String detail, JsonMappingException failure, String code, String message) {
    return Mapped.of(RequestProblem.INVALID_BODY, detail)
        .withErrors(List.of(new FieldError(JsonPointers.of(failure), code, message)));
  }

  private static String at(JsonProcessingException failure) {
    JsonLocation location = failure.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
