/**
 * Order exports: the caller's orders, filtered by status and creation time, as JSON Lines. A
 * request becomes a {@link com.example.orders.application.job job} whose background task writes
 * the file; the caller polls the job and downloads the result.
 */
package com.example.orders.application.export;
