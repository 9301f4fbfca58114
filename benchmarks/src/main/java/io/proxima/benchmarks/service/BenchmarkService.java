package io.proxima.benchmarks.service;

import java.util.List;

/**
 * The service every system under test exposes, as its callers see it. Each system has its own
 * remote interface extending (or, for Java RMI, mirroring) this one, because each demands its own
 * marker and exception rules; the server logic behind all three is {@link BenchmarkServiceLogic}.
 *
 * <p>The asynchronous and one-way methods of scenarios (d) and (e) belong in the three
 * system-specific interfaces rather than here: each system spells them differently
 * ({@code CompletableFuture} and {@code @OneWay} in Proxima, {@code @NoReply} in Dirmi, a plain
 * blocking call in Java RMI). The benchmarks reach them through {@link AsyncService} and
 * {@link OneWayService}.
 */
public interface BenchmarkService {

  /** Does nothing: the cost of a call itself. */
  void ping();

  /** Returns {@code a + b}: a call with small arguments and a small result. */
  int add(int a, int b);

  /** Returns the user with the given id: a call returning one record of ten fields. */
  User getUser(long id);

  /** Returns users 1 to {@code count}: a call returning a list of records. */
  List<User> listUsers(int count);

  /** Returns {@code data} unchanged: moves the array both ways. */
  byte[] echo(byte[] data);
}
