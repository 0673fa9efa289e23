/**
 * The ordering service's use cases ({@code order}) and the ports they need from the outside
 * world ({@code port}). Imports only the domain and {@code java.*}: bootstrap constructs the use
 * cases with plain constructor calls (docs/adr/0003), so no DI annotation is needed here.
 */
package com.example.orders.application;
