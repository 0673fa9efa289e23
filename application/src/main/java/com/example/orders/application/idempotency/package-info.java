/**
 * Safe retries of unsafe requests: a request sent with an idempotency key runs once; its retries
 * get the stored response.
 */
package com.example.orders.application.idempotency;
