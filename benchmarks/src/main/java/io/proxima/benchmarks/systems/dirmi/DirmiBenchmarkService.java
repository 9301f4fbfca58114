package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.BenchmarkService;
import org.cojen.dirmi.NoReply;
import org.cojen.dirmi.Remote;
import org.cojen.dirmi.RemoteFailure;

/**
 * {@link BenchmarkService} as a Dirmi remote interface. Dirmi lets a failed call throw its
 * {@code RemoteException} undeclared, so the methods are inherited unchanged and the stub is used
 * by the benchmarks directly.
 *
 * <p>Dirmi 2.4 has no method returning a future. Its way to ask without waiting is a
 * {@link NoReply} method handing the server a remote callback, which answers with a
 * {@code NoReply} call of its own: that is scenario (d)'s {@link #getUserAsync}. Scenario (e)'s
 * one-way call is a plain {@code NoReply} method.
 */
@RemoteFailure(declared = false)
public interface DirmiBenchmarkService extends BenchmarkService, Remote {

  /** Scenario (d): computes {@code getUser(id)} and passes it to {@code sink} with {@code tag}. */
  @NoReply
  void getUserAsync(long id, long tag, UserSink sink);

  /** Scenario (e): sent, never answered. */
  @NoReply
  void record(long id);

  /** Scenario (e)'s synchronous barrier. */
  long recorded();
}
