package io.proxima.runtime.internal.reference;

import static io.proxima.runtime.internal.reference.HeldLeases.FIRST_LEASE_DELAY_NANOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.proxima.ObjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the leases on one node's objects go out; times are made up, as {@link System#nanoTime()} values. */
class HeldLeasesTest {
  private static final long START = 5_000_000_000L;
  private static final long LEASE_MILLIS = 60_000;

  private final ObjectId first = ObjectId.random();
  private final ObjectId second = ObjectId.random();
  private final HeldLeases leases = new HeldLeases(null, START);

  @Test
  void aNewProxy_waitsForItsFirstLease() {
    leases.imported(first, START);

    assertNull(leases.due(START));
    assertNull(leases.due(START + FIRST_LEASE_DELAY_NANOS - 1));
    assertEquals(new HeldLeases.Batch(List.of(first), List.of()), leases.due(START + FIRST_LEASE_DELAY_NANOS));
  }

  @Test
  void proxiesMadeWhileTheFirstWaits_takeTheirLeasesInTheSameCall() {
    leases.imported(first, START);
    leases.imported(second, START + FIRST_LEASE_DELAY_NANOS / 2);

    assertEquals(new HeldLeases.Batch(List.of(first, second), List.of()),
        leases.due(START + FIRST_LEASE_DELAY_NANOS));
  }

  @Test
  void aProxyMadeAfterARenewal_waitsForItsOwnFirstLease_notForTheNextRenewal() {
    long later = firstLeasedThenSecondImported();

    assertNull(leases.due(later));
    assertEquals(new HeldLeases.Batch(List.of(first, second), List.of()),
        leases.due(later + FIRST_LEASE_DELAY_NANOS));
  }

  @Test
  void aRelease_goesOutAtOnce_andTheWaitingProxyStillGetsItsLease() {
    long later = firstLeasedThenSecondImported();

    leases.released(first);
    assertEquals(new HeldLeases.Batch(List.of(), List.of(first)), leases.due(later));
    leases.sent();

    assertEquals(new HeldLeases.Batch(List.of(second), List.of()), leases.due(later + FIRST_LEASE_DELAY_NANOS));
  }

  /** The first proxy gets its lease, renewed for a minute; the second proxy is made a second later, at the time returned. */
  private long firstLeasedThenSecondImported() {
    leases.imported(first, START);
    long sentAt = START + FIRST_LEASE_DELAY_NANOS;
    assertNotNull(leases.due(sentAt));
    leases.renewed(sentAt, LEASE_MILLIS);
    long later = sentAt + 1_000_000_000L;
    leases.imported(second, later);
    return later;
  }
}
