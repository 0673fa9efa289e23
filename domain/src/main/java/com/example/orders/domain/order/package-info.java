/**
 * The {@link com.example.orders.domain.order.Order} aggregate: a customer's order that moves
 * {@code DRAFT -> PLACED -> PAID -> SHIPPED}, or is {@code CANCELLED} from DRAFT or PLACED, and
 * records an {@link com.example.orders.domain.order.OrderEvent} for every change.
 */
package com.example.orders.domain.order;
