/**
 * The service's own logging: the human-readable line format ({@code LOG_FORMAT=text}) and the
 * runtime log levels the admin API reads and changes, on logback.
 */
package com.example.orders.bootstrap.logging;
