package io.proxima.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BindingStoreTest {
  @TempDir Path temp;

  private BindingStore store;

  @BeforeEach
  void openStore() {
    store = BindingStore.inMemory();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static RemoteRef ref(String host, int port) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new RemoteRef(
        host, port, random.nextLong(), ObjectId.random(), "com.acme.Accounts", random.nextLong());
  }

  static Binding persistent(String name) {
    return new Binding(name, ref("10.0.0.5", 7000), true);
  }

  static Binding leased(String name) {
    return new Binding(name, ref("10.0.0.6", 7001), false);
  }

  @Test
  void bind_freeName_bindsIt() {
    Binding alice = persistent("accounts/alice");

    assertTrue(store.bind(alice));

    assertEquals(List.of(alice), store.lookup("accounts/alice"));
    assertEquals(1, store.size());
  }

  @Test
  void bind_takenName_returnsFalseAndKeepsTheOldBinding() {
    Binding first = persistent("accounts/alice");
    store.bind(first);

    assertFalse(store.bind(leased("accounts/alice")));

    assertEquals(List.of(first), store.lookup("accounts/alice"));
    assertEquals(1, store.size());
  }

  @Test
  void rebind_replacesEveryReplica() {
    store.bind(persistent("accounts/alice"));
    store.addReplica(leased("accounts/alice"));
    Binding replacement = leased("accounts/alice");

    store.rebind(replacement);

    assertEquals(List.of(replacement), store.lookup("accounts/alice"));
    assertEquals(1, store.size());
  }

  @Test
  void rebind_freeName_bindsIt() {
    Binding alice = persistent("accounts/alice");

    store.rebind(alice);

    assertEquals(List.of(alice), store.lookup("accounts/alice"));
  }

  @Test
  void addReplica_keepsReplicasInTheOrderAdded() {
    Binding first = persistent("accounts");
    Binding second = leased("accounts");
    Binding third = persistent("accounts");

    assertTrue(store.addReplica(first));
    assertTrue(store.addReplica(second));
    assertTrue(store.addReplica(third));

    assertEquals(List.of(first, second, third), store.lookup("accounts"));
    assertEquals(3, store.size());
  }

  @Test
  void addReplica_sameIncarnationAndObjectId_returnsFalseAndChangesNothing() {
    Binding original = persistent("accounts");
    store.addReplica(original);
    RemoteRef ref = original.ref();
    RemoteRef sameObjectElsewhere = new RemoteRef(
        "other-host", 9000, ref.incarnation(), ref.objectId(), "com.acme.Other", 42);

    assertFalse(store.addReplica(new Binding("accounts", sameObjectElsewhere, false)));

    assertEquals(List.of(original), store.lookup("accounts"));
  }

  @Test
  void addReplica_sameObjectIdFromAnotherIncarnation_isAnotherReplica() {
    Binding original = persistent("accounts");
    store.addReplica(original);
    RemoteRef ref = original.ref();
    RemoteRef restarted = new RemoteRef(
        ref.host(), ref.port(), ref.incarnation() + 1, ref.objectId(), ref.interfaceName(),
        ref.fingerprint());

    assertTrue(store.addReplica(new Binding("accounts", restarted, true)));

    assertEquals(2, store.lookup("accounts").size());
  }

  @Test
  void unbind_removesEveryReplica() {
    store.addReplica(persistent("accounts"));
    store.addReplica(leased("accounts"));
    store.bind(persistent("other"));

    assertTrue(store.unbind("accounts"));

    assertEquals(List.of(), store.lookup("accounts"));
    assertEquals(1, store.size());
  }

  @Test
  void unbind_unboundName_returnsFalse() {
    assertFalse(store.unbind("accounts"));
  }

  @Test
  void remove_oneReplica_keepsTheOthersInOrder() {
    Binding first = persistent("accounts");
    Binding second = leased("accounts");
    Binding third = persistent("accounts");
    store.addReplica(first);
    store.addReplica(second);
    store.addReplica(third);

    assertTrue(store.remove("accounts", second.ref()));

    assertEquals(List.of(first, third), store.lookup("accounts"));
    assertEquals(2, store.size());
  }

  @Test
  void remove_lastReplica_unbindsTheName() {
    Binding only = persistent("accounts");
    store.bind(only);

    assertTrue(store.remove("accounts", only.ref()));

    assertEquals(List.of(), store.all());
    assertEquals(0, store.size());
    assertTrue(store.bind(leased("accounts")), "the name is free again");
  }

  @Test
  void remove_absentReplicaOrName_returnsFalse() {
    store.bind(persistent("accounts"));

    assertFalse(store.remove("accounts", ref("10.0.0.5", 7000)));
    assertFalse(store.remove("nobody", ref("10.0.0.5", 7000)));
    assertEquals(1, store.size());
  }

  @Test
  void lookup_unboundName_isEmpty() {
    assertEquals(List.of(), store.lookup("nobody"));
  }

  @Test
  void lookup_invalidName_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> store.lookup("a//b"));
  }

  @Test
  void list_selectsSegmentWiseAndSortsByName() {
    Binding accounts = persistent("accounts");
    Binding bob = persistent("accounts/bob");
    Binding alice = persistent("accounts/alice");
    Binding aliceReplica = leased("accounts/alice");
    Binding dashed = persistent("accounts-archive");
    Binding longer = persistent("accountsx/y");
    Binding other = persistent("zoo");
    for (Binding binding : List.of(accounts, bob, alice, aliceReplica, dashed, longer, other)) {
      store.addReplica(binding);
    }

    assertEquals(List.of(accounts, alice, aliceReplica, bob), store.list("accounts"));
    assertEquals(List.of(alice, aliceReplica, bob), store.list("accounts/"));
    assertEquals(List.of(alice, aliceReplica), store.list("accounts/alice"));
    assertEquals(List.of(), store.list("account"));
    assertEquals(
        List.of(accounts, dashed, alice, aliceReplica, bob, longer, other), store.list(""));
    assertEquals(store.list(""), store.all());
    assertEquals(7, store.size());
  }

  @Test
  void list_invalidPrefix_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> store.list("/accounts"));
  }

  @Test
  void bind_referenceOfANodeThatDoesNotListen_readsBackEqual() {
    Binding callbackOnly = new Binding("callbacks/c1", ref("10.0.0.9", 0), false);

    store.bind(callbackOnly);

    assertEquals(List.of(callbackOnly), store.lookup("callbacks/c1"));
  }

  @Test
  void bind_referenceThatWouldNotReadBack_isRefusedAndNothingIsStored() {
    Binding unreadable = new Binding("bad", ref("host?x", 7000), true);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.bind(unreadable));

    assertTrue(e.getMessage().startsWith("cannot bind bad: its reference does not read back"),
        e.getMessage());
    assertEquals(List.of(), store.all());
  }

  @Test
  void binding_invalidName_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> persistent("a/"));
  }

  @Test
  void close_thenUse_failsNamingTheStore() {
    store.close();
    store.close();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> store.bind(persistent("a")));
    assertEquals("the binding store in memory is closed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> store.lookup("a"));
  }

  @Test
  void reopen_afterClose_keepsEveryBindingInOrderWithItsFlag() {
    Path directory = temp.resolve("data");
    List<Binding> expected = new ArrayList<>();
    try (BindingStore onDisk = BindingStore.open(directory)) {
      expected.add(persistent("accounts"));
      expected.add(leased("accounts"));
      expected.add(persistent("accounts/alice"));
      expected.add(leased("zoo/keeper"));
      expected.forEach(onDisk::addReplica);
      onDisk.bind(persistent("gone"));
      onDisk.unbind("gone");
    }

    try (BindingStore reopened = BindingStore.open(directory)) {
      assertEquals(expected, reopened.all());
      assertEquals(4, reopened.size());
    }
    assertTrue(Files.isRegularFile(directory.resolve(BindingStore.FILE_NAME)));
  }

  @Test
  void open_directoryOpenInThisProcess_isRefusedUntilClosed() {
    Path directory = temp.resolve("data");
    BindingStore first = BindingStore.open(directory);
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> BindingStore.open(directory.resolve("..").resolve("data")));
      assertTrue(e.getMessage().contains(" is in use by another registry"), e.getMessage());
      first.bind(persistent("still-usable"));
    } finally {
      first.close();
    }

    try (BindingStore second = BindingStore.open(directory)) {
      assertEquals(1, second.size());
    }
  }

  @Test
  void open_pathThatIsAFile_failsNamingIt() throws Exception {
    Path file = Files.writeString(temp.resolve("file"), "x");

    Exception e = assertThrows(RuntimeException.class, () -> BindingStore.open(file));

    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  @Timeout(30)
  void concurrentWriters_loseNoReplica() throws Exception {
    Path directory = temp.resolve("data");
    int threads = 8;
    int replicasPerThread = 25;
    try (BindingStore onDisk = BindingStore.open(directory)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String own = "own/t" + t;
          writers.add(pool.submit(() -> {
            for (int i = 0; i < replicasPerThread; i++) {
              onDisk.addReplica(leased("shared"));
              onDisk.addReplica(persistent(own));
            }
          }));
        }
        for (Future<?> writer : writers) {
          writer.get();
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(threads * replicasPerThread, onDisk.lookup("shared").size());
      assertEquals(2 * threads * replicasPerThread, onDisk.size());
    }
    try (BindingStore reopened = BindingStore.open(directory)) {
      assertEquals(2 * threads * replicasPerThread, reopened.all().size());
    }
  }
}
