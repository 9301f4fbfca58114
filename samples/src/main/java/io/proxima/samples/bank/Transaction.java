package io.proxima.samples.bank;

import java.time.Instant;

/** One movement of money; travels by value. */
public record Transaction(long id, Kind kind, long amount, Instant at) {
  /** Which way the money moved. */
  public enum Kind {
    DEPOSIT,
    WITHDRAWAL
  }
}
