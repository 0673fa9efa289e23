package com.example.orders.adapters.http.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@link ProblemMapper} decided about one failure, before it becomes a {@link Problem}. */
record Mapped(
    int status,
    String code,
    String title,
    String detail,
    List<FieldError> errors,
    Map<String, String> headers,
    Map<String, Object> extensions) {

  Mapped(int status, String code, String title, String detail) {
    this(status, code, title, detail, List.of(), Map.of(), Map.of());
  }

  static Mapped of(ProblemType type, String detail) {
    return new Mapped(type.status(), type.code(), type.title(), detail);
  }

  static Mapped internalError() {
    return of(
        RequestProblem.INTERNAL_ERROR,
        "something went wrong on our side; quote the request id when reporting it");
  }

  Mapped withErrors(List<FieldError> fieldErrors) {
    return new Mapped(status, code, title, detail, fieldErrors, headers, extensions);
  }

  Mapped withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return withHeaders(more);
  }

  Mapped withHeaders(Map<String, String> more) {
    Map<String, String> all = new HashMap<>(headers);
    all.putAll(more);
    return new Mapped(status, code, title, detail, errors, all, extensions);
  }

  Mapped withExtensions(Map<String, Object> members) {
    return new Mapped(status, code, title, detail, errors, headers, members);
  }
}
