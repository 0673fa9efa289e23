package com.example.orders.bootstrap.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The HTTP edge under hostile input, as properties over generated requests; each storage mode
 * extends this with the service it starts. Every property holds every answer to the {@link
 * ResponseOracle} and to "nothing changed unless a change was granted" (see {@link FuzzSession}).
 */
abstract class HttpEdgeFuzz {

  /** The session of the storage mode whose properties run now; jqwik runs one class at a time. */
  private static FuzzSession session;

  /** Starts the service in this class's storage mode. */
  abstract FuzzTarget startTarget();

  /** The running session of the storage mode, started on first use. */
  FuzzSession session() {
    if (session == null) {
      session = FuzzSession.start(startTarget());
    }
    return session;
  }

  @AfterContainer
  static void stop() {
    if (session != null) {
      try {
        session.finish();
      } finally {
        session.close();
        session = null;
      }
    }
  }

  @FuzzProperty(percent = 60)
  void every_operation_answers_hostile_requests_as_its_document_declares(
      @ForAll("operationRequests") FuzzRequest request) {
    session().send("operations", request);
  }

  @FuzzProperty(percent = 15)
  void unusual_methods_get_problems_and_change_nothing(
      @ForAll("unusualMethodRequests") FuzzRequest request) {
    session().send("methods", request);
  }

  @FuzzProperty(percent = 25)
  void malformed_http_gets_problems_and_the_service_stays_up(
      @ForAll("malformedRequests") RawRequest request) {
    session().send(request);
  }

  @AfterProperty
  void the_service_is_still_up() {
    session().assertHealthy();
  }

  @Provide
  Arbitrary<FuzzRequest> operationRequests() {
    return session().requests().forOperations();
  }

  @Provide
  Arbitrary<FuzzRequest> unusualMethodRequests() {
    return session().requests().withUnusualMethods();
  }

  @Provide
  Arbitrary<RawRequest> malformedRequests() {
    return RawRequests.any();
  }
}
