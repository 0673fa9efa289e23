/**
 * Demo mode: what lets {@code java -jar orders-service.jar} run with no external service at all.
 * A built-in token issuer signs bearer tokens with a key made at start-up, and the service says
 * loudly, with a ready-to-use token, that it runs on stand-ins. Production refuses demo mode.
 */
package com.example.orders.bootstrap.demo;
