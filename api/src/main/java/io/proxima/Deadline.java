package io.proxima;

import java.time.Duration;
import java.util.Optional;

/**
 * A deadline for the remote calls a thread makes, set for a scope:
 *
 * <pre>{@code
 * try (Deadline.Scope scope = Deadline.within(Duration.ofMillis(200))) {
 *   account.deposit(100);   // fails with RemoteTimeoutException if not done within 200 ms
 *   audit.log("deposit");   // shares what is left of the 200 ms
 * }
 * }</pre>
 *
 * <p>A call's deadline is the earliest of its method's timeout ({@link Timeout}, or the node's
 * default) and the innermost scope's deadline. While a server thread runs a remote call, the
 * caller's deadline is in scope there, so calls made while serving inherit what is left of it.
 * Scopes nest and can only shorten the deadline. Not shared between threads.
 */
public final class Deadline {
  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  private Deadline() {}

  /** Sets the deadline of this thread's remote calls to {@code timeout} from now, until the scope closes. */
  public static Scope within(Duration timeout) {
    return at(System.nanoTime() + timeout.toNanos());
  }

  /**
   * Sets the deadline to the instant {@code deadlineNanos} on the {@link System#nanoTime()} clock,
   * or keeps the current one if it is earlier.
   */
  public static Scope at(long deadlineNanos) {
    Scope outer = CURRENT.get();
    long effective = outer != null && outer.deadlineNanos - deadlineNanos < 0 ? outer.deadlineNanos : deadlineNanos;
    Scope scope = new Scope(outer, effective);
    CURRENT.set(scope);
    return scope;
  }

  /**
   * Returns the earlier of {@code deadlineNanos} and this thread's current deadline, on the
   * {@link System#nanoTime()} clock.
   */
  public static long earliest(long deadlineNanos) {
    Scope scope = CURRENT.get();
    return scope != null && scope.deadlineNanos - deadlineNanos < 0 ? scope.deadlineNanos : deadlineNanos;
  }

  /** What is left of this thread's current deadline, or empty when no deadline is in scope. */
  public static Optional<Duration> remaining() {
    Scope scope = CURRENT.get();
    return scope == null ? Optional.empty() : Optional.of(Duration.ofNanos(scope.deadlineNanos - System.nanoTime()));
  }

  /** A deadline in force until closed; closing restores the enclosing one. */
  public static final class Scope implements AutoCloseable {
    private final Scope outer;
    private final long deadlineNanos;

    private Scope(Scope outer, long deadlineNanos) {
      this.outer = outer;
      this.deadlineNanos = deadlineNanos;
    }

    /** The deadline on the {@link System#nanoTime()} clock. */
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public void close() {
      // set, not remove: a server thread opens and closes a scope per call, and removing the
      // entry each time would make the thread's map clean itself up over and over
      CURRENT.set(outer);
    }
  }
}
