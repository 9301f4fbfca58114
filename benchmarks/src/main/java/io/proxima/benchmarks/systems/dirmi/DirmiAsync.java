package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.User;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous calls on Dirmi: each call gets a tag and a pending future; the server's callback
 * to this one {@link UserSink} (exported once per connection) completes the future of its tag.
 */
final class DirmiAsync implements AsyncService, UserSink {
  private final DirmiBenchmarkService service;
  private final AtomicLong tags = new AtomicLong();
  private final Map<Long, CompletableFuture<User>> pending = new ConcurrentHashMap<>();

  DirmiAsync(DirmiBenchmarkService service) {
    this.service = service;
  }

  @Override
  public CompletableFuture<User> getUserAsync(long id) {
    long tag = tags.incrementAndGet();
    CompletableFuture<User> answer = new CompletableFuture<>();
    pending.put(tag, answer);
    try {
      service.getUserAsync(id, tag, this);
    } catch (RuntimeException | Error e) {
      pending.remove(tag);
      answer.completeExceptionally(e);
    }
    return answer;
  }

  @Override
  public void user(long tag, User user) {
    @Nullable CompletableFuture<User> answer = pending.remove(tag);
    if (answer != null) {
      answer.complete(user);
    }
  }
}
