/**
 * The audit trail's moving parts in the process (docs/adr/0031): the background writer of
 * security events, the retention purge, the {@code audit verify} command and their settings.
 */
package com.example.orders.bootstrap.audit;
