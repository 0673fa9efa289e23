/**
 * Storage for the ordering context: the PostgreSQL adapter ({@code postgres}) and its in-memory
 * twin ({@code memory}). Both implement the application's storage ports and pass one contract
 * suite.
 */
package com.example.orders.adapters.persistence;
