/** The in-process twin of the order cache, for demo mode and for tests of the use cases. */
package com.example.orders.adapters.cache.memory;
