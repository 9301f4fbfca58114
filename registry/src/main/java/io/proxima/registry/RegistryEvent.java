package io.proxima.registry;

/**
 * A change to one name, as told to a {@link RegistryWatcher}.
 *
 * @param name the name that changed
 * @param change what happened to it
 * @param replicas how many objects the name holds after the change (0: it is unbound)
 */
public record RegistryEvent(String name, Change change, int replicas) {
  /** What happened to a name. */
  public enum Change {
    /** A name that held nothing was bound. */
    BOUND,
    /** The name's objects were replaced. */
    REBOUND,
    /** A replica was added to the name. */
    REPLICA_ADDED,
    /** A replica was removed from the name (explicitly, or because its server died). */
    REPLICA_REMOVED,
    /** The name was unbound, or lost its last replica. */
    UNBOUND
  }
}
