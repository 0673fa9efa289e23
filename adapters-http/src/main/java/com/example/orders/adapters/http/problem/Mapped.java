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
    Long currentVersion) {

  Mapped(int status, String code, String title, String detail) {
    this(status, code, title, detail, List.of(), Map.of(), null);
  }

  static Mapped of(ProblemType type, String detail) {
    return new Mapped(type.status(), type.code(), type.title(), detail);
  }

  static Mapped internalError() {
    return of(
        ProblemType.INTERNAL_ERROR,
        "something went wrong on our side; quote the request id when reporting it");
  }

  Mapped withErrors(List<FieldError> fieldErrors) {
    return new Mapped(status, code, title, detail, fieldErrors, headers, currentVersion);
  }

  Mapped withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new Mapped(status, code, title, detail, errors, more, currentVersion);
  }

  Mapped withCurrentVersion(long version) {
    return new Mapped(status, code, title, detail, errors, headers, version);
  }
}
