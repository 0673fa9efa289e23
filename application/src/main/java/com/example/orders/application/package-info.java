/**
 * The ordering service's use cases ({@code order}) and the ports they need from the outside
 * world ({@code port}). Imports only the domain, {@code java.*} and {@code jakarta.inject}.
 */
package com.example.orders.application;
