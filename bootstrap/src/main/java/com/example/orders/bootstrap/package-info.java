/**
 * The runnable service: {@link com.example.orders.bootstrap.Main} (commands {@code serve},
 * {@code migrate}, {@code config}) and {@link com.example.orders.bootstrap.OrdersService}, which
 * starts the wired graph in dependency order and stops it gracefully. Only this module knows
 * every other one.
 */
package com.example.orders.bootstrap;
