package io.proxima.registry;

import io.proxima.Remote;

/**
 * Told of changes under a prefix of a {@link Registry}; implemented by a client and passed by
 * reference, so the registry calls it back over the client's own connection.
 */
@Remote
public interface RegistryWatcher {
  void changed(RegistryEvent event);
}
