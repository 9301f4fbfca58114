package io.proxima.runtime.internal.invocation;

/** Counts the remote calls each thread makes, so a server can tell whether serving a call made others. */
final class CallsMade {
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  private CallsMade() {}

  static void one() {
    COUNT.get()[0]++;
  }

  static long soFar() {
    return COUNT.get()[0];
  }
}
