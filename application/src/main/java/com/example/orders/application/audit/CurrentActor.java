package com.example.orders.application.audit;

/**
 * Who is acting on the calling thread: the API's caller while a request runs, {@link
 * Actor#SYSTEM} otherwise. The HTTP adapter implements it.
 */
@FunctionalInterface
public interface CurrentActor {

  Actor current();
}
