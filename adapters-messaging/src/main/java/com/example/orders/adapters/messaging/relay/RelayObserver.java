package com.example.orders.adapters.messaging.relay;

/** Told what the relay does, for metrics. */
public interface RelayObserver {

  RelayObserver NONE = new RelayObserver() {
    @Override
    public void published(int confirmed, int unconfirmed) {}

    @Override
    public void failed() {}
  };

  /** A batch went out: so many confirmed, so many refused or not confirmed in time. */
  void published(int confirmed, int unconfirmed);

  /** A batch could not be published at all (broker or database unavailable). */
  void failed();
}
