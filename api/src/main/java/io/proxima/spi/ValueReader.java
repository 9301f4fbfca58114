package io.proxima.spi;

/** Reads the values of one message in the order they were written. Not thread-safe. */
public interface ValueReader {
  boolean readBoolean();

  byte readByte();

  short readShort();

  char readChar();

  int readInt();

  long readLong();

  float readFloat();

  double readDouble();

  /**
   * Reads a value written by {@link ValueWriter#writeObject}, which may be null.
   *
   * @param declaredType the same declared type the writer was given
   * @param <T> the type the caller assigns the value to
   */
  <T> T readObject(Class<?> declaredType);
}
