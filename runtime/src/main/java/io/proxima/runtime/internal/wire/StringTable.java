package io.proxima.runtime.internal.wire;

/**
 * The strings already written in one message, so that a string equal to an earlier one travels
 * as a reference to it (see {@link Utf8StringSerializer}). Lists of records repeat their cities,
 * statuses and names: with a reference the reader makes no new string for them, and the message
 * shrinks.
 *
 * <p>Every new string of a message takes the next index, on both sides, up to {@link #SHARED};
 * strings after that travel in full each time. An open-addressing table at most half full,
 * emptied per message.
 */
final class StringTable {
  /** How many of a message's distinct strings a later one can refer to. */
  static final int SHARED = 128;
  private static final int MASK = 2 * SHARED - 1;

  private final String[] strings = new String[MASK + 1];
  private final int[] indexes = new int[MASK + 1];
  /** The slots taken, in the order of their indexes, so that clearing touches only those. */
  private final int[] taken = new int[SHARED];
  private int count;

  /**
   * Returns the index of an earlier string equal to {@code value}, or -1 after taking {@code
   * value} as the message's next new string.
   */
  int indexOf(String value) {
    int hash = value.hashCode();
    int slot = (hash ^ (hash >>> 16)) & MASK;
    for (String there; (there = strings[slot]) != null; slot = (slot + 1) & MASK) {
      if (there.equals(value)) {
        return indexes[slot];
      }
    }
    if (count < SHARED) {
      strings[slot] = value;
      indexes[slot] = count;
      taken[count++] = slot;
    }
    return -1;
  }

  /** Forgets the message's strings. */
  void clear() {
    for (int i = 0; i < count; i++) {
      strings[taken[i]] = null;
    }
    count = 0;
  }
}
