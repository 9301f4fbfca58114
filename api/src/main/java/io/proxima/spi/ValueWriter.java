package io.proxima.spi;

/** Writes the values of one message: a call's arguments or its result. Not thread-safe. */
public interface ValueWriter {
  void writeBoolean(boolean value);

  void writeByte(byte value);

  void writeShort(short value);

  void writeChar(char value);

  void writeInt(int value);

  void writeLong(long value);

  void writeFloat(float value);

  void writeDouble(double value);

  /**
   * Writes a reference-typed value (by value: a deep copy); {@code value} may be null.
   *
   * @param declaredType the type the signature declares; when it is final, no class tag is written
   */
  void writeObject(Object value, Class<?> declaredType);
}
