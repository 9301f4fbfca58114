package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.User;
import org.cojen.dirmi.NoReply;
import org.cojen.dirmi.Remote;
import org.cojen.dirmi.RemoteFailure;

/** The client's callback for {@link DirmiBenchmarkService#getUserAsync}, exported by the caller's environment. */
@RemoteFailure(declared = false)
public interface UserSink extends Remote {

  /** The answer to the call that was given {@code tag}. */
  @NoReply
  void user(long tag, User user);
}
