package io.proxima.registry.internal;

import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import java.nio.file.Path;

/**
 * A separate JVM for {@link BindingStoreCrashTest}: opens the store in {@code args[1]} and then,
 * by {@code args[0]}, either binds names in a loop, printing each after bind() returned
 * ({@code bind}), or prints {@code open} and holds the store ({@code hold}). Either way it gives
 * up after a minute, so a lost parent cannot leave it running.
 */
final class BindingStoreChild {
  static final String OPEN = "open";
  private static final long GIVE_UP_NANOS = 60_000_000_000L;

  private BindingStoreChild() {}

  public static void main(String[] args) throws InterruptedException {
    long start = System.nanoTime();
    BindingStore store = BindingStore.open(Path.of(args[1]));
    if (args[0].equals("hold")) {
      System.out.println(OPEN);
      System.out.flush();
      Thread.sleep(GIVE_UP_NANOS / 1_000_000);
      return;
    }
    for (int i = 0; System.nanoTime() - start < GIVE_UP_NANOS; i++) {
      String name = "crash/n" + i;
      RemoteRef ref = new RemoteRef("10.0.0.5", 7000, i, ObjectId.random(), "com.acme.Accounts", i);
      store.bind(new Binding(name, ref, i % 2 == 0));
      System.out.println(name);
      System.out.flush();
    }
  }
}
