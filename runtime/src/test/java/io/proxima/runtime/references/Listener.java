package io.proxima.runtime.references;

import io.proxima.Remote;

/** A callback that a client passes to a server. */
@Remote
public interface Listener {
  void event(String what);
}
