package io.taskguard.application.port.out;

/** Whether the store can serve requests now: reachable and with its schema up to date. */
public interface StoreStatus {

  /** Checks the store, within a short bound; never throws. */
  boolean isReady();
}
