/**
 * The operators' API: parked messages of the service's consumers, listed and replayed. Every route
 * needs the admin scope and works across tenants.
 */
package com.example.orders.adapters.http.admin;
