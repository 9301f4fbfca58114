package io.proxima.spi;

/**
 * Encodes and decodes one record type that travels by value, with generated code: its
 * components in declaration order, each as the methods' own parameters are written. The
 * processor generates one for every record it can construct from the interface's package, so
 * that records cross the wire without reflection.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the record type
 */
public interface ValueCodec<T> {
  /** The record type. */
  Class<T> type();

  /** Writes the components of {@code value}. */
  void write(ValueWriter out, T value);

  /** Reads the components that {@link #write} wrote and creates the record. */
  T read(ValueReader in);
}
