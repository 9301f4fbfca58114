package io.proxima.runtime;

import io.proxima.runtime.internal.invocation.ReplicatedInvoker;
import io.proxima.spi.RemoteProxy;
import java.util.List;

/**
 * Combines proxies of several replicas of one service into one proxy that spreads calls over them
 * and fails over between them.
 *
 * <p>A call moves on to the next replica only when that cannot run it twice: when it failed before
 * the request was sent ({@link io.proxima.ServerUnreachableException}), or was refused unrun
 * ({@link io.proxima.ServerBusyException}, {@link io.proxima.NoSuchObjectException}, a server
 * shutting down). For a method marked {@link io.proxima.Idempotent} a synchronous call also moves on
 * after a lost connection or a timeout. Every other failure, and every application exception,
 * reaches the caller: calls stay at-most-once. A replica that was unreachable is tried last for the
 * next few seconds. Asynchronous and one-way calls move on only when the failure is known before
 * the method returns (an unreachable replica).
 */
public final class Replicas {
  private Replicas() {}

  /** A proxy over {@code replicas} that starts each call at the next replica (round robin). */
  public static <T> T of(Class<T> type, List<? extends T> replicas) {
    return of(type, replicas, ReplicaSelector.roundRobin());
  }

  /**
   * A proxy over {@code replicas}, which starts each call where {@code selector} says. One replica
   * is returned as it is; so is an object of this node among them (it is called directly).
   *
   * @throws IllegalArgumentException if {@code replicas} is empty, or holds proxies of another interface
   */
  public static <T> T of(Class<T> type, List<? extends T> replicas, ReplicaSelector selector) {
    if (replicas.isEmpty()) {
      throw new IllegalArgumentException("no replicas of " + type.getName());
    }
    if (replicas.size() == 1) {
      return replicas.get(0);
    }
    for (T replica : replicas) {
      if (RemoteProxy.refOf(replica) == null) {
        return replica; // a local object beats any remote replica
      }
    }
    return ReplicatedInvoker.proxy(type, replicas, selector::first);
  }
}
