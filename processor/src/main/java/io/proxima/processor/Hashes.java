package io.proxima.processor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 based ids of the wire contract. */
final class Hashes {
  private Hashes() {}

  /** The method id: the first 4 bytes, big-endian, of SHA-256 of the UTF-8 signature. */
  static int methodId(String signature) {
    return ByteBuffer.wrap(sha256(signature)).getInt();
  }

  /** The fingerprint: the first 8 bytes, big-endian, of SHA-256 of the UTF-8 canonical text. */
  static long fingerprint(String canonicalText) {
    return ByteBuffer.wrap(sha256(canonicalText)).getLong();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
