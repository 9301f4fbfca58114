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
 * back to server threads, and doubles the runs it needs to qualify again (up to {@value
 * #MAX_RUNS_TO_QUALIFY}); a single remote call made while serving keeps it there for good. A
 * method that blocks now and then thus stalls its connection more and more rarely. A fast method
 * whose run was slow only because the machine paused (a garbage collection, a busy core, code not
 * yet compiled) soon qualifies again: on two cores, slow runs during the first seconds are the
 * rule, not a sign of blocking. A slow run more than {@value #FORGIVEN_AFTER_RUNS} direct runs
 * after the previous one starts from {@value #RUNS_TO_QUALIFY} again.
 *
 * <p>Thread-safe.
 */
final class ExecutionPolicy {
  private static final Logger log = LoggerFactory.getLogger(ExecutionPolicy.class);
  static final int RUNS_TO_QUALIFY = 32;
  static final int MAX_RUNS_TO_QUALIFY = RUNS_TO_QUALIFY << 10;
  static final long FAST_MICROS = 200;
  static final long SLOW_MICROS = 5_000;
  static final long FORGIVEN_AFTER_RUNS = 10_000;

  private final String method;
  private final AtomicInteger fastRuns = new AtomicInteger();
  private volatile int runsToQualify = RUNS_TO_QUALIFY;
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
        demote(nanos, madeRemoteCall);
      }
    } else if (madeRemoteCall) {
      disqualified = true;
    } else if (nanos > FAST_MICROS * 1_000) {
      fastRuns.set(0);
    } else if (fastRuns.incrementAndGet() == runsToQualify) {
      direct = true;
      log.debug("{} now runs on I/O threads", method);
    }
  }

  private void demote(long nanos, boolean madeRemoteCall) {
    direct = false;
    fastRuns.set(0);
    disqualified = madeRemoteCall;
    boolean forgiven = directRuns - directRunsAtLastDemotion > FORGIVEN_AFTER_RUNS;
    directRunsAtLastDemotion = directRuns;
    runsToQualify = forgiven ? RUNS_TO_QUALIFY : Math.min(MAX_RUNS_TO_QUALIFY, 2 * runsToQualify);
    log.debug("{} runs on server threads {}: a direct run took {} µs{}", method,
        disqualified ? "from now on" : "until " + runsToQualify + " fast runs there", nanos / 1_000,
        madeRemoteCall ? " and made a remote call" : "");
  }
}
