/**
 * The notifications feature: tells customers that their order was placed or cancelled. It
 * reacts to order events from the broker and sends each notice once, through the {@code
 * Notifier} port; orders know nothing of it.
 */
package com.example.orders.application.notification;
