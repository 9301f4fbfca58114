package io.proxima.runtime.internal.invocation;

import io.proxima.ConnectionLostException;
import io.proxima.NoSuchObjectException;
import io.proxima.NodeClosedException;
import io.proxima.RemoteException;
import io.proxima.RemoteRef;
import io.proxima.RemoteTimeoutException;
import io.proxima.ServerBusyException;
import io.proxima.ServerUnreachableException;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.PendingCall;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.Call;
import io.proxima.spi.Invoker;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import io.proxima.spi.RemoteProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * The invoker of a proxy over several replicas: each call goes to one replica and moves on to the
 * next only where that cannot make it run twice (see {@code io.proxima.runtime.Replicas}).
 *
 * <p>Thread-safe.
 */
public final class ReplicatedInvoker implements Invoker, CallRoute {
  /** How long a replica that could not be reached is tried last. */
  private static final long DOWN_NANOS = TimeUnit.SECONDS.toNanos(3);

  private final List<ClientInvoker> replicas;
  private final IntUnaryOperator firstOf;
  private final long[] downUntil;

  private ReplicatedInvoker(List<ClientInvoker> replicas, IntUnaryOperator firstOf) {
    this.replicas = replicas;
    this.firstOf = firstOf;
    this.downUntil = new long[replicas.size()];
  }

  /**
   * A proxy of {@code type} over the proxies {@code replicas}.
   *
   * @param firstOf given the number of replicas, the index of the one the next call tries first
   */
  public static <T> T proxy(Class<T> type, List<? extends T> replicas, IntUnaryOperator firstOf) {
    List<ClientInvoker> invokers = new ArrayList<>();
    RemoteInterface<?> descriptor = null;
    for (T replica : replicas) {
      if (!(RemoteProxy.invokerOf(replica) instanceof ClientInvoker invoker) || invoker.type().type() != type) {
        throw new IllegalArgumentException(replica + " is not a proxy of " + type.getName());
      }
      invokers.add(invoker);
      descriptor = invoker.type();
    }
    return type.cast(descriptor.newProxy(new ReplicatedInvoker(List.copyOf(invokers), firstOf)));
  }

  /** The reference of the first replica; the proxy's equality and string form follow it. */
  @Override
  public RemoteRef ref() {
    return replicas.get(0).ref();
  }

  @Override
  public Call newCall(MethodDescriptor method) {
    return RemoteCall.start(this, method, replicas.get(0).codec());
  }

  @Override
  public Payload send(MethodDescriptor method, WireWriter arguments, PendingCall call) {
    RemoteException last = null;
    for (int index : order()) {
      try {
        Payload result = replicas.get(index).send(method, arguments, call);
        downUntil[index] = 0;
        return result;
      } catch (RemoteException e) {
        if (!mayTryAnother(e, method.idempotent())) {
          throw e;
        }
        noteFailure(index, e);
        last = e;
      }
    }
    throw last;
  }

  @Override
  public <T> CompletableFuture<T> sendAsync(MethodDescriptor method, WireWriter arguments) {
    CompletableFuture<T> future = null;
    for (int index : order()) {
      future = replicas.get(index).sendAsync(method, arguments);
      if (!(future.isCompletedExceptionally() && failedBeforeSending(future))) {
        return future;
      }
      downUntil[index] = System.nanoTime() + DOWN_NANOS;
    }
    return future;
  }

  @Override
  public void sendOneWay(MethodDescriptor method, WireWriter arguments) {
    ServerUnreachableException last = null;
    for (int index : order()) {
      try {
        replicas.get(index).sendOneWay(method, arguments);
        return;
      } catch (ServerUnreachableException e) {
        downUntil[index] = System.nanoTime() + DOWN_NANOS;
        last = e;
      }
    }
    throw last;
  }

  @Override
  public String endpoint() {
    return replicas.stream().map(ClientInvoker::endpoint).collect(Collectors.joining(", ", "replicas [", "]"));
  }

  /** Replica indexes in the order this call tries them: from the selector's choice on, unreachable ones last. */
  private List<Integer> order() {
    int count = replicas.size();
    int first = firstOf.applyAsInt(count);
    long now = System.nanoTime();
    List<Integer> up = new ArrayList<>(count);
    List<Integer> down = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = (first + i) % count;
      (downUntil[index] - now > 0 ? down : up).add(index);
    }
    up.addAll(down);
    return up;
  }

  private void noteFailure(int index, RemoteException e) {
    if (e instanceof ServerUnreachableException) {
      downUntil[index] = System.nanoTime() + DOWN_NANOS;
    }
  }

  /** Whether the call surely did not run on the replica, or may run again anyway. */
  private static boolean mayTryAnother(RemoteException e, boolean idempotent) {
    return e instanceof ServerUnreachableException || e instanceof ServerBusyException
        || e instanceof NoSuchObjectException || e instanceof NodeClosedException
        || (idempotent && (e instanceof ConnectionLostException || e instanceof RemoteTimeoutException));
  }

  private static boolean failedBeforeSending(CompletableFuture<?> future) {
    try {
      future.getNow(null);
      return false;
    } catch (RuntimeException e) {
      return e.getCause() instanceof ServerUnreachableException;
    }
  }
}
