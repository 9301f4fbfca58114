package io.proxima.registry;

import io.proxima.Remote;

/** Another remote interface, for lookups with the wrong type. */
@Remote
public interface Echo {
  String echo(String text);
}
