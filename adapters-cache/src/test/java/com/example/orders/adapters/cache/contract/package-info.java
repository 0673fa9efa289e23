/** The behaviour every {@code OrderCache} implementation must have, as an abstract suite. */
package com.example.orders.adapters.cache.contract;
