package io.proxima.runtime.references;

import io.proxima.Remote;
import java.util.List;
import java.util.Map;

/** A server object that hands out, receives and keeps remote references. */
@Remote
public interface Hub {
  /** A new counter, exported on demand. */
  Counter newCounter();

  /** The one counter of this name, the same object at every call. */
  Counter counterNamed(String name);

  int incrementAll(List<Counter> counters);

  int incrementArray(Counter[] counters);

  int incrementValues(Map<String, Counter> counters);

  int incrementHeld(Holder holder);

  /** Returns what it was given. */
  Counter echo(Counter counter);

  /** Whether the counter arrived as a counter of this node (not a proxy). */
  boolean isLocal(Counter counter);

  /** Whether both arguments arrived as the very same instance. */
  boolean same(Counter first, Counter second);

  /** Keeps a counter for later calls. */
  void keep(Counter counter);

  int incrementKept();

  /** Forgets the kept counter. */
  void forget();

  /** Unexports the counter of this name from this node. */
  void drop(String name);

  void subscribe(Listener listener);

  /** Tells every subscriber; returns how many were told. */
  int publish(String event);
}
