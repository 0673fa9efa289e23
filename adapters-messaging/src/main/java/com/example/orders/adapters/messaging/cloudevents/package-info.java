/**
 * The wire format of every event: CloudEvents 1.0 in structured mode, one JSON document per
 * message ({@code application/cloudevents+json}), described by the AsyncAPI document.
 */
package com.example.orders.adapters.messaging.cloudevents;
