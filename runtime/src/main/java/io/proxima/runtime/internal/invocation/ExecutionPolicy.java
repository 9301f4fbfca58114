package io.proxima.runtime.internal.invocation;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns, per remote method, whether its calls may run directly on the I/O thread that read
 * them instead of being handed to a server thread. A hand-off wakes a sleeping thread twice (to
 * run the call, then to write the reply), which on a small machine costs more than a short
 * method itself.
 *
 * <p>A method qualifies after {@value #RUNS_TO_QUALIFY} consecutive runs on server threads that
 * each took less than {@value #FAST_MICROS} µs (including encoding and sending the reply) and made
 * no remote call. A direct run that takes longer than {@value #SLOW_MICROS} µs sends the method
 * back to server threads to qualify again; after {@value #DEMOTIONS_ALLOWED} such runs close
 * together or a single remote call made while serving, it stays on server threads for good. A
 * method that blocks thus stalls its connection a few times at most, while a method that is
 * slow only when the machine pauses (a garbage collection every few seconds) keeps qualifying:
 * a slow run more than {@value #FORGIVEN_AFTER_RUNS} direct runs after the previous one starts
 * the count again.
 *
 * <p>Thread-safe.
 */
final class ExecutionPolicy {
  private static final Logger log = LoggerFactory.getLogger(ExecutionPolicy.class);
  static final int RUNS_TO_QUALIFY = 32;
  static final long FAST_MICROS = 200;
  static final long SLOW_MICROS = 5_000;
  static final int DEMOTIONS_ALLOWED = 5;
  static final long FORGIVEN_AFTER_RUNS = 10_000;

  private final String method;
  private final AtomicInteger fastRuns = new AtomicInteger();
  private final AtomicInteger demotions = new AtomicInteger();
  /** Direct runs so far, counted without synchronization: an estimate is enough. */
  private long directRuns;
  private long directRunsAtLastDemotion;
  private volatile boolean direct;
  private volatile boolean disqualified;

  ExecutionPolicy(String method, boolean allowed) {
    this.method = method;
    this.disqualified = !allowed;
  }

  /**
   * The policy of the node's own services, whose methods only update small tables: they always
   * run on the I/O thread, so that they never wait behind, or count against, the application's
   * calls for server threads.
   */
  static ExecutionPolicy alwaysDirect(String method) {
    ExecutionPolicy policy = new ExecutionPolicy(method, false);
    policy.direct = true;
    return policy;
  }

  /** Whether the next call may run on the I/O thread. */
  boolean direct() {
    return direct;
  }

  /** Records a run and its cost; {@code onIoThread} says where it ran. */
  void record(long nanos, boolean madeRemoteCall, boolean onIoThread) {
    if (disqualified) {
      return;
    }
    if (onIoThread) {
      directRuns++;
      if (madeRemoteCall || nanos > SLOW_MICROS * 1_000) {
        direct = false;
        fastRuns.set(0);
        if (directRuns - directRunsAtLastDemotion > FORGIVEN_AFTER_RUNS) {
          demotions.set(0);
        }
        directRunsAtLastDemotion = directRuns;
        disqualified = madeRemoteCall || demotions.incrementAndGet() >= DEMOTIONS_ALLOWED;
        log.debug("{} runs on server threads{}: a direct run took {} µs{}", method,
            disqualified ? " from now on" : " again", nanos / 1_000, madeRemoteCall ? " and made a remote call" : "");
      }
    } else if (madeRemoteCall) {
      disqualified = true;
    } else if (nanos > FAST_MICROS * 1_000) {
      fastRuns.set(0);
    } else if (fastRuns.incrementAndGet() == RUNS_TO_QUALIFY) {
      direct = true;
      log.debug("{} now runs on I/O threads", method);
    }
  }
}
