package io.proxima.benchmarks.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server side of {@link BenchmarkService}, shared by every system so that they differ only in
 * how calls travel. Each system exports a subclass that adds its own remote interface and nothing
 * else. It does no work beyond building the answer, so the benchmarks measure the middleware.
 */
public class BenchmarkServiceLogic implements BenchmarkService {
  private final AtomicLong recorded = new AtomicLong();

  @Override
  public void ping() {}

  @Override
  public int add(int a, int b) {
    return a + b;
  }

  @Override
  public User getUser(long id) {
    return User.sample(id);
  }

  @Override
  public List<User> listUsers(int count) {
    List<User> users = new ArrayList<>(count);
    for (int id = 1; id <= count; id++) {
      users.add(User.sample(id));
    }
    return users;
  }

  @Override
  public byte[] echo(byte[] data) {
    return data;
  }

  /** The one-way call of scenario (e): counts itself and nothing else. */
  public void record(long id) {
    recorded.incrementAndGet();
  }

  /** The barrier of scenario (e): how many {@link #record(long)} calls have run. */
  public long recorded() {
    return recorded.get();
  }
}
