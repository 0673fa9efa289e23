package com.example.orders.application.notification;

/** Sends notices to customers (by e-mail, in time); throwing asks for a later retry. */
public interface Notifier {

  void send(Notice notice);
}
