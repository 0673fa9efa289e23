/**
 * The ordering bounded context's model: the {@link com.example.orders.domain.order.Order} aggregate,
 * its value objects and events. Pure Java: nothing here may import anything outside {@code java.*}.
 */
package com.example.orders.domain;
