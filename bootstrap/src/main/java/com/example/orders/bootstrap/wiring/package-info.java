/**
 * The object graph, wired by Dagger at compile time: {@link
 * com.example.orders.bootstrap.wiring.ServiceComponent} built from a {@code Config}, and one
 * module per area choosing the real adapter or its stand-in from that configuration. Dagger
 * generates plain constructor calls: no reflection and no classpath scanning at start-up.
 */
package com.example.orders.bootstrap.wiring;
