package io.proxima.runtime.references;

import io.proxima.Remote;

/** Calls back and forth between two nodes, one level per call, to test re-entrant callbacks. */
@Remote
public interface Bouncer {
  /** Returns the number of levels below this one: {@code depth} when every level bounced. */
  int bounce(Bouncer other, int depth);
}
