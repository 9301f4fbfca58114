package io.proxima.runtime.internal.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The calls of one connection that await their replies, by call id. Adding and removing a call
 * allocates nothing, which a map of boxed ids did on every call: a call's id names the slot of a
 * fixed table that holds its listener. When every slot a new call probes is taken (hundreds of
 * calls in flight at once), it waits in a map instead, under an id that says so.
 *
 * <p>A slot's state is the id of the call in it, {@link #FREE}, or {@link #BUSY} while one thread
 * fills or empties it. Ids are never reused, so a late reply to a call that gave up cannot find
 * a later call in its place. The id of a synchronous call says so ({@link #isSync}): a caller
 * reading replies for others (see {@link CallerReads}) completes those calls, and leaves the
 * replies of asynchronous ones, whose futures complete on the event loop, to it.
 *
 * <p>Thread-safe and lock-free.
 */
final class AwaitedCalls {
  private static final int SLOT_BITS = 8;
  private static final int SLOTS = 1 << SLOT_BITS;
  /** Slots a new call tries before it takes the map; few are needed while the table is not near full. */
  private static final int PROBES = 8;
  private static final long FREE = 0;
  private static final long BUSY = -1;
  /** The low bit of the id of a call kept in the map; ids of calls in the table have it clear. */
  private static final long IN_MAP = 1;
  /** The next bit, set in the id of a synchronous call. */
  private static final long SYNC = 2;
  private static final int FLAG_BITS = 2;

  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLongArray states = new AtomicLongArray(SLOTS);
  /** Written and read only by the thread that holds the slot {@link #BUSY}. */
  private final @Nullable ReplyListener[] listeners = new ReplyListener[SLOTS];
  private final Map<Long, ReplyListener> overflow = new ConcurrentHashMap<>();

  /**
   * Adds {@code listener} and returns its call id, which is positive. The listener learns its id
   * ({@link ReplyListener#awaiting}) before anyone can find it.
   */
  long add(ReplyListener listener) {
    long number = sequence.incrementAndGet();
    long sync = listener instanceof PendingCall ? SYNC : 0;
    int first = (int) number & (SLOTS - 1);
    for (int probe = 0; probe < PROBES; probe++) {
      int slot = (first + probe) & (SLOTS - 1);
      if (states.get(slot) == FREE && states.compareAndSet(slot, FREE, BUSY)) {
        long callId = number << (SLOT_BITS + FLAG_BITS) | (long) slot << FLAG_BITS | sync;
        listener.awaiting(callId);
        listeners[slot] = listener;
        states.set(slot, callId); // publishes the listener
        return callId;
      }
    }
    long callId = number << FLAG_BITS | sync | IN_MAP;
    listener.awaiting(callId);
    overflow.put(callId, listener);
    return callId;
  }

  /**
   * Removes call {@code callId} and returns its listener, or null if no such call awaits (it
   * already ended, or the id came from a confused peer). At most one of several threads removing
   * the same call gets its listener.
   */
  @Nullable ReplyListener remove(long callId) {
    if ((callId & IN_MAP) != 0) {
      return overflow.remove(callId);
    }
    if (callId <= FREE) {
      return null;
    }
    int slot = (int) (callId >>> FLAG_BITS) & (SLOTS - 1);
    if (!states.compareAndSet(slot, callId, BUSY)) {
      return null;
    }
    ReplyListener listener = listeners[slot];
    listeners[slot] = null;
    states.set(slot, FREE);
    return listener;
  }

  /** Whether {@code callId} is (or was) the id of a synchronous call, one of a {@link PendingCall}. */
  static boolean isSync(long callId) {
    return (callId & SYNC) != 0;
  }

  /** Passes the id of every call awaiting now to {@code action}, which may remove it. */
  void forEach(LongConsumer action) {
    for (int slot = 0; slot < SLOTS; slot++) {
      long state = states.get(slot);
      if (state > FREE) {
        action.accept(state);
      }
    }
    for (Long callId : overflow.keySet()) {
      action.accept(callId);
    }
  }
}
