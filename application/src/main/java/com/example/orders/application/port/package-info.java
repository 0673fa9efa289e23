/**
 * Outbound ports: what the use cases need from storage, time and ids, in the application's own
 * words. Adapters implement them; the in-memory twins and the real adapters pass one contract suite.
 */
package com.example.orders.application.port;
