/**
 * Chores every process runs in the background on a schedule, such as the purges of what is past
 * its retention. A feature adds one by providing a {@link
 * com.example.orders.bootstrap.chores.Periodic} into the set of chores in its Dagger module; the
 * service starts them once the database is ready and stops them first on shutdown.
 */
package com.example.orders.bootstrap.chores;
