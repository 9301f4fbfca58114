package io.proxima.runtime.internal.reference;

import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The proxies this node holds for other nodes' objects, one per remote object, weakly held: the
 * same reference received twice yields the same proxy, and a proxy the application no longer
 * reaches is forgotten and its lease released.
 *
 * <p>Thread-safe.
 */
final class ImportedProxies {
  /**
   * A remote object: the node incarnation that exported it and its id there; for a well-known
   * object, which names no incarnation, its endpoint too.
   */
  private record Key(long incarnation, ObjectId objectId, @Nullable String endpoint) {
    static Key of(RemoteRef ref) {
      return new Key(ref.incarnation(), ref.objectId(),
          ref.incarnation() == RemoteRef.ANY_INCARNATION ? ref.host() + ":" + ref.port() : null);
    }

    // equals and hashCode are written out, as ObjectId's are, to keep the binding of a record's
    // own through method handles off a fresh JVM's first call.
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.incarnation == incarnation && key.objectId.equals(objectId)
          && Objects.equals(key.endpoint, endpoint);
    }

    @Override
    public int hashCode() {
      return objectId.hashCode() * 31 + Long.hashCode(incarnation);
    }
  }

  private static final class Entry extends WeakReference<Object> {
    final RemoteRef ref;

    Entry(Object proxy, RemoteRef ref) {
      super(proxy);
      this.ref = ref;
    }
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final Cleaner cleaner;
  private final LeaseRenewer renewer;

  ImportedProxies(Cleaner cleaner, LeaseRenewer renewer) {
    this.cleaner = cleaner;
    this.renewer = renewer;
  }

  /** This node's proxy for the object {@code ref} denotes, made by {@code create} if there is none. */
  Object proxyFor(RemoteRef ref, Function<RemoteRef, Object> create) {
    Key key = Key.of(ref);
    while (true) {
      Entry existing = entries.get(key);
      Object proxy = existing == null ? null : existing.get();
      if (proxy != null) {
        return proxy;
      }
      Object created = create.apply(ref);
      Entry entry = new Entry(created, ref);
      boolean installed = existing == null
          ? entries.putIfAbsent(key, entry) == null
          : entries.replace(key, existing, entry);
      if (installed) {
        if (ref.incarnation() != RemoteRef.ANY_INCARNATION) { // well-known objects are never collected
          renewer.imported(ref);
        }
        cleaner.register(created, () -> unreachable(key, entry));
        return created;
      }
    }
  }

  /** Proxies held now (some may be unreachable already and about to be released). */
  int size() {
    return entries.size();
  }

  private void unreachable(Key key, Entry entry) {
    if (entries.remove(key, entry)) {
      renewer.released(entry.ref);
    }
  }
}
