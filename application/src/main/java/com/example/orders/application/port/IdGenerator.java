package com.example.orders.application.port;

import java.util.UUID;

/** Hands out new unique ids for orders and events. */
public interface IdGenerator {

  UUID next();
}
