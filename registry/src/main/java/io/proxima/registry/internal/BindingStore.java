package io.proxima.registry.internal;

import io.proxima.RemoteRef;
import io.proxima.registry.RegistryNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.StringDataType;
import org.jspecify.annotations.Nullable;

/**
 * The registry's bindings, kept in an H2 MVStore file, or in memory.
 *
 * <p>Each name maps to one value holding all its replicas (see {@link ReplicaCodec}), so a write of
 * one name replaces one map entry and is atomic.
 *
 * <p>Thread-safe. Reads do not block. Writes are serialized, and each is committed to the file and
 * forced to the disk before it returns: a write that returned survives a kill of the process. A
 * read running alongside a write may see that write just before it is durable.
 */
public final class BindingStore implements AutoCloseable {
  /** The file inside the data directory that holds the bindings. */
  static final String FILE_NAME = "bindings.mv.db";

  /** Versioned so that another layout could later live beside this one in the same file. */
  private static final String MAP_NAME = "bindings.v1";

  /**
   * The data directories open in this JVM. MVStore's file lock already keeps other processes out,
   * but a second open in the same JVM fails in H2 only after opening a second channel to the file;
   * closing that channel can release the process's lock on some platforms, so it is refused here
   * before the file is touched.
   */
  private static final Set<Path> OPEN_DIRECTORIES = ConcurrentHashMap.newKeySet();

  private final MVStore store;
  private final MVMap<String, String> replicasByName;
  private final String location;
  private final @Nullable Path directory;
  private final Object writeLock = new Object();
  private volatile int bindingCount;

  private BindingStore(MVStore store, String location, @Nullable Path directory) {
    this.store = store;
    this.location = location;
    this.directory = directory;
    this.replicasByName = store.openMap(
        MAP_NAME,
        new MVMap.Builder<String, String>()
            .keyType(StringDataType.INSTANCE)
            .valueType(StringDataType.INSTANCE));
    int count = 0;
    for (var entry : replicasByName.entrySet()) {
      count += ReplicaCodec.decode(entry.getKey(), entry.getValue()).size();
    }
    this.bindingCount = count;
  }

  /**
   * Opens the store kept in {@code directory}, creating the directory and the store if needed.
   *
   * @throws IllegalStateException if another registry, in this process or another, has the
   *     directory open, or if the file there cannot be read
   * @throws UncheckedIOException if the directory cannot be created
   */
  public static BindingStore open(Path directory) {
    Path realDirectory;
    try {
      Files.createDirectories(directory);
      realDirectory = directory.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the registry data directory " + directory + ": " + e, e);
    }
    if (!OPEN_DIRECTORIES.add(realDirectory)) {
      throw inUse(realDirectory, null);
    }
    Path file = realDirectory.resolve(FILE_NAME);
    MVStore store = null;
    try {
      // Without auto-commit, MVStore has no background writer and commit() writes in the calling
      // thread. With it, a background commit could take a change and still be queuing it for the
      // file when our own commit() finds nothing left to do and returns.
      store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
      return new BindingStore(store, file.toString(), realDirectory);
    } catch (MVStoreException e) {
      OPEN_DIRECTORIES.remove(realDirectory);
      closeQuietly(store);
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        throw inUse(realDirectory, e);
      }
      throw new IllegalStateException(
          "cannot open the registry data file " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      OPEN_DIRECTORIES.remove(realDirectory);
      closeQuietly(store);
      throw e;
    }
  }

  /** Opens a store that keeps its bindings in memory only, for tests and embedded use. */
  public static BindingStore inMemory() {
    return new BindingStore(new MVStore.Builder().open(), "in memory", null);
  }

  /**
   * Binds {@code binding} if its name has no binding yet; returns false, changing nothing, if it
   * has one.
   */
  public boolean bind(Binding binding) {
    String value = ReplicaCodec.encode(List.of(binding));
    synchronized (writeLock) {
      checkOpen();
      if (replicasByName.containsKey(binding.name())) {
        return false;
      }
      write(binding.name(), value, 1);
      return true;
    }
  }

  /** Binds {@code binding} in place of every replica its name held. */
  public void rebind(Binding binding) {
    String value = ReplicaCodec.encode(List.of(binding));
    synchronized (writeLock) {
      checkOpen();
      write(binding.name(), value, 1 - replicasOf(binding.name()).size());
    }
  }

  /**
   * Adds {@code binding} as one more replica of its name, after the ones already there; returns
   * false, changing nothing, if that replica (same incarnation and object id) is already there.
   */
  public boolean addReplica(Binding binding) {
    synchronized (writeLock) {
      checkOpen();
      List<Binding> replicas = replicasOf(binding.name());
      if (replicas.stream().anyMatch(binding::sameReplicaAs)) {
        return false;
      }
      replicas.add(binding);
      write(binding.name(), ReplicaCodec.encode(replicas), 1);
      return true;
    }
  }

  /** Removes every replica of {@code name}; returns false if it had none. */
  public boolean unbind(String name) {
    RegistryNames.checkName(name);
    synchronized (writeLock) {
      checkOpen();
      int removed = replicasOf(name).size();
      if (removed == 0) {
        return false;
      }
      write(name, null, -removed);
      return true;
    }
  }

  /** Removes the replica of {@code name} that is the object {@code ref}; false if there is none. */
  public boolean remove(String name, RemoteRef ref) {
    RegistryNames.checkName(name);
    synchronized (writeLock) {
      checkOpen();
      List<Binding> replicas = replicasOf(name);
      if (!replicas.removeIf(replica -> replica.ref().sameObjectAs(ref))) {
        return false;
      }
      write(name, replicas.isEmpty() ? null : ReplicaCodec.encode(replicas), -1);
      return true;
    }
  }

  /** Returns the replicas bound to {@code name} in the order they were added; empty if none. */
  public List<Binding> lookup(String name) {
    RegistryNames.checkName(name);
    checkOpen();
    return List.copyOf(replicasOf(name));
  }

  /**
   * Returns the bindings whose names {@code prefix} selects (see {@link RegistryNames#matches}),
   * sorted by name, and the replicas of a name in the order they were added.
   */
  public List<Binding> list(String prefix) {
    RegistryNames.checkPrefix(prefix);
    checkOpen();
    List<Binding> found = new ArrayList<>();
    // Keys are sorted, so the names starting with the prefix text are contiguous from it on;
    // among them, matches() drops those like "accountsx" for the prefix "accounts".
    Cursor<String, String> cursor = replicasByName.cursor(prefix);
    while (cursor.hasNext()) {
      String name = cursor.next();
      if (!name.startsWith(prefix)) {
        break;
      }
      if (RegistryNames.matches(prefix, name)) {
        found.addAll(ReplicaCodec.decode(name, cursor.getValue()));
      }
    }
    return List.copyOf(found);
  }

  /** Returns every binding, sorted by name, then in the order each name's replicas were added. */
  public List<Binding> all() {
    return list("");
  }

  /** Returns the number of bindings, counting each replica. */
  public int size() {
    return bindingCount;
  }

  /** Closes the store; other methods throw afterwards. Calling it again does nothing. */
  @Override
  public void close() {
    synchronized (writeLock) {
      try {
        if (!store.isClosed()) {
          store.close();
        }
      } finally {
        if (directory != null) {
          OPEN_DIRECTORIES.remove(directory);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "BindingStore[" + location + ", " + bindingCount + " bindings]";
  }

  private List<Binding> replicasOf(String name) {
    String value = replicasByName.get(name);
    return value == null ? new ArrayList<>() : ReplicaCodec.decode(name, value);
  }

  /** Puts (or with a null value removes) one name's replicas, then commits and syncs the file. */
  private void write(String name, @Nullable String value, int bindingCountChange) {
    if (value == null) {
      replicasByName.remove(name);
    } else {
      replicasByName.put(name, value);
    }
    store.commit();
    store.sync();
    bindingCount += bindingCountChange;
  }

  private void checkOpen() {
    if (store.isClosed()) {
      throw new IllegalStateException("the binding store " + location + " is closed");
    }
  }

  private static IllegalStateException inUse(Path directory, @Nullable Exception cause) {
    return new IllegalStateException(
        "the registry data directory " + directory + " is in use by another registry; stop that"
            + " registry or give this one another data directory",
        cause);
  }

  private static void closeQuietly(@Nullable MVStore store) {
    if (store != null) {
      try {
        store.closeImmediately();
      } catch (RuntimeException ignored) {
        // The open already failed; that failure is the one to report.
      }
    }
  }
}
