package io.proxima.runtime.internal.wire;

import io.proxima.RemoteRef;

/**
 * How objects that travel by reference cross the wire: the node's remote reference module,
 * consulted by the codec wherever such an object sits in a message (an argument, an element of a
 * collection, a field of a value).
 *
 * <p>Implementations are thread-safe.
 */
public interface RemoteObjects {

  /** Whether instances of {@code type} travel as references: proxies, and implementations of remote interfaces. */
  boolean travelsByReference(Class<?> type);

  /**
   * The reference that stands for {@code remoteObject} on the wire: a proxy's own reference, or
   * the reference of a local object, exported first if need be.
   *
   * @throws EncodingException if the object cannot be exported, saying why
   */
  RemoteRef referenceTo(Object remoteObject);

  /**
   * What a reference read from the wire becomes here: the local object itself when the reference
   * is to an object of this node, else this node's proxy for it.
   */
  Object resolve(RemoteRef ref);

  /** For codecs without a node: any object that would travel by reference is refused. */
  RemoteObjects NONE = new RemoteObjects() {
    @Override
    public boolean travelsByReference(Class<?> type) {
      return false;
    }

    @Override
    public RemoteRef referenceTo(Object remoteObject) {
      throw new EncodingException("remote objects cannot be encoded without a node: " + remoteObject.getClass());
    }

    @Override
    public Object resolve(RemoteRef ref) {
      throw new DecodingException("remote references cannot be decoded without a node: " + ref);
    }
  };
}
