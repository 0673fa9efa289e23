package com.example.orders.adapters.http.archfixture;

import io.opentelemetry.sdk.trace.SdkTracerProvider;

/** Breaks the rules on purpose: an adapter that builds its own tracing SDK. */
public final class HttpClassUsingTheSdk {

  public Object tracing() {
    return SdkTracerProvider.builder().build();
  }
}
