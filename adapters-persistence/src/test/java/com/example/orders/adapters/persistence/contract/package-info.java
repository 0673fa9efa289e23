/**
 * The storage ports' contract suites, one abstract class per port: each runs against the in-memory
 * twin and against PostgreSQL (a subclass each), so the twin can stand in for the database in
 * demo mode and in fast tests without behaving differently.
 */
package com.example.orders.adapters.persistence.contract;
