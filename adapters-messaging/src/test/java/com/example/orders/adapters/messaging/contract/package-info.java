/** The contract suite every {@code EventTransport} passes, with its recording consumer. */
package com.example.orders.adapters.messaging.contract;
