package io.proxima;

/**
 * Implemented by an exported object that wants to know when no other node holds a reference to
 * it any more.
 *
 * <p>An object exported on demand (passed by reference as an argument or a result) lives while
 * some node holds a lease on it. When the last lease is released or expires, and the object is
 * neither exported explicitly with {@code Node.export} nor bound in a registry, the node
 * unexports it and then calls {@link #unreferenced()} once, on a server thread. A typical use is
 * releasing what the object holds for its client: a session, a subscription, a file.
 */
public interface Unreferenced {

  /** Called once after the node unexported this object because no node references it. */
  void unreferenced();
}
