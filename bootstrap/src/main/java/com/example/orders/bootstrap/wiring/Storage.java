package com.example.orders.bootstrap.wiring;

import com.example.orders.application.audit.AuditTrail;
import com.example.orders.application.port.Inbox;
import com.example.orders.application.job.Jobs;
import com.example.orders.application.port.IdempotencyKeys;
import com.example.orders.application.port.Orders;
import com.example.orders.application.port.Outbox;
import com.example.orders.application.port.PendingEvents;
import com.example.orders.application.port.TransactionRunner;

/**
 * The storage ports, always taken from one implementation together: the repositories join the
 * transactions of the runner built beside them, and of no other.
 */
record Storage(Orders orders, Outbox outbox, TransactionRunner transactions,
    PendingEvents pendingEvents, Inbox inbox, IdempotencyKeys idempotencyKeys, Jobs jobs,
    AuditTrail auditTrail) {}
