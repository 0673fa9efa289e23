/**
 * Jobs: long work a caller asks for and comes back to. A job is a resource of its tenant with a
 * status ({@code QUEUED -> RUNNING -> SUCCEEDED | FAILED}), a progress count and, once it
 * succeeded, a result; a background task does the work and moves it along.
 */
package com.example.orders.application.job;
