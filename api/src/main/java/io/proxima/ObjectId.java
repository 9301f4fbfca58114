package io.proxima;

import java.security.SecureRandom;

/**
 * The identity of an exported object within one node: 128 random bits.
 *
 * <p>Ids cannot be guessed, so holding a reference is the permission to call the object.
 */
public record ObjectId(long high, long low) {
  /** Returns a fresh, unguessable id. */
  public static ObjectId random() {
    return new ObjectId(RandomBits.SOURCE.nextLong(), RandomBits.SOURCE.nextLong());
  }

  /** Parses the 32 hexadecimal digits written by {@link #toString()}. */
  public static ObjectId parse(String hex) {
    if (hex.length() != 32) {
      throw new IllegalArgumentException("object id must be 32 hex digits, got '" + hex + "'");
    }
    return new ObjectId(
        Long.parseUnsignedLong(hex.substring(0, 16), 16),
        Long.parseUnsignedLong(hex.substring(16), 16));
  }

  // equals and hashCode are written out: a record's own are bound through method handles on their
  // first use, which costs a fresh JVM tens of milliseconds before its first call.
  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectId id && id.high == high && id.low == low;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(high) * 31 + Long.hashCode(low);
  }

  @Override
  public String toString() {
    return String.format("%016x%016x", high, low);
  }

  /**
   * Made on the first random id, not with the class: a node that only makes calls uses
   * well-known ids alone, and setting up a {@code SecureRandom} costs its start tens of milliseconds.
   */
  private static final class RandomBits {
    static final SecureRandom SOURCE = new SecureRandom();
  }
}
