/**
 * Notifications to customers: for now one structured log line per notice, the stand-in until an
 * e-mail adapter implements the same port.
 */
package com.example.orders.adapters.messaging.notification;
