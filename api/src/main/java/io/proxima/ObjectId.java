package io.proxima;

import java.security.SecureRandom;

/**
 * The identity of an exported object within one node: 128 random bits.
 *
 * <p>Ids cannot be guessed, so holding a reference is the permission to call the object.
 */
public record ObjectId(long high, long low) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Returns a fresh, unguessable id. */
  public static ObjectId random() {
    return new ObjectId(RANDOM.nextLong(), RANDOM.nextLong());
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

  @Override
  public String toString() {
    return String.format("%016x%016x", high, low);
  }
}
