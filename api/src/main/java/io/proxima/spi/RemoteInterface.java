package io.proxima.spi;

import java.util.List;

/**
 * Everything the runtime needs to know about one {@code @Remote} interface, generated at compile
 * time as {@code Foo_Descriptor} and listed in
 * {@code META-INF/services/io.proxima.spi.RemoteInterface} so that the runtime finds it once,
 * without reflection on the call path.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the remote interface
 */
public interface RemoteInterface<T> {

  /** The remote interface itself. */
  Class<T> type();

  /**
   * A hash of every method signature and of the structure of every value type reachable from
   * them. Client and server must agree on it for a call to proceed.
   */
  long fingerprint();

  /** The remote methods, in a stable order. */
  List<MethodDescriptor> methods();

  /**
   * The application classes reachable from the interface's signatures (parameter, result and
   * exception types, their fields and type arguments, transitively), in a stable order. Only
   * these, the JDK types in {@link WireTypes} and the types an application allows explicitly
   * may be decoded from the wire.
   */
  List<Class<?>> valueTypes();

  /**
   * Generated codecs for the records among {@link #valueTypes()}; the runtime encodes the others
   * itself.
   */
  default List<ValueCodec<?>> valueCodecs() {
    return List.of();
  }

  /** Creates a client-side proxy whose calls go through {@code invoker}. */
  T newProxy(Invoker invoker);

  /** Creates the server-side dispatcher that calls {@code target}. */
  Dispatcher newDispatcher(T target);
}
