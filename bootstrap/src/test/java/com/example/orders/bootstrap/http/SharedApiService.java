package com.example.orders.bootstrap.http;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes one {@link ApiService} for the whole test run: started on first use, closed by
 * JUnit when the run ends. Tests stay independent by each using tenants of their own.
 */
final class SharedApiService implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ApiService.class;
  }

  @Override
  public ApiService resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(SharedApiService.class))
        .computeIfAbsent(ApiService.class, key -> ApiService.start(), ApiService.class);
  }
}
