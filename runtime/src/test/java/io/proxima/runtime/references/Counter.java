package io.proxima.runtime.references;

import io.proxima.Remote;

/** A small remote object, passed by reference in the tests of this package. */
@Remote
public interface Counter {
  int increment();

  int value();
}
