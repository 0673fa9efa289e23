/**
 * The order use cases, one class each: create, add and remove lines, place, pay, ship, cancel,
 * get and list. Every use case is scoped to the caller's tenant, and every change is one
 * transaction that stores the order and its events together.
 */
package com.example.orders.application.order;
