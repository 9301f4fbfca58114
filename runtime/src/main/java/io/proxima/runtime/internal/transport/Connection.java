package io.proxima.runtime.internal.transport;

import io.netty.channel.Channel;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection between two nodes. It carries calls in both directions, many at once, each
 * matched to its reply by a call id.
 *
 * <p>Thread-safe.
 */
public final class Connection {
  private final Channel channel;
  private final Map<Long, PendingCall> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextCallId = new AtomicLong();
  private volatile ConnectionLoss closedBecause;

  Connection(Channel channel) {
    this.channel = channel;
  }

  /** The peer's address, for messages. */
  public SocketAddress remoteAddress() {
    return channel.remoteAddress();
  }

  public boolean isOpen() {
    return channel.isActive() && closedBecause == null;
  }

  /**
   * Sends a request and waits for its reply until {@code deadlineNanos} ({@link System#nanoTime()}).
   *
   * @return the {@link Reply}, a {@link ConnectionLoss}, or null if the deadline passed
   */
  public Object call(RequestTarget target, int methodId, byte[] arguments, int length, long deadlineNanos) {
    long callId = nextCallId.incrementAndGet();
    PendingCall call = new PendingCall();
    pending.put(callId, call);
    ConnectionLoss loss = closedBecause;
    if (loss != null) {
      pending.remove(callId);
      return loss;
    }
    channel.writeAndFlush(Frames.request(channel.alloc(), callId, target, methodId, arguments, length), channel.voidPromise());
    Object outcome = call.await(deadlineNanos);
    if (outcome == null) {
      pending.remove(callId);
    }
    return outcome;
  }

  /** Sends the reply to call {@code callId} received on this connection. Safe from any thread. */
  public void reply(long callId, ReplyStatus status, byte[] payload, int length) {
    channel.writeAndFlush(Frames.reply(channel.alloc(), callId, status, payload, length), channel.voidPromise());
  }

  /** Sends a reply whose payload is a human-readable detail. */
  public void reply(long callId, ReplyStatus status, String detail) {
    channel.writeAndFlush(Frames.reply(channel.alloc(), callId, status, detail), channel.voidPromise());
  }

  /** Closes the connection; calls waiting on it fail with {@code loss}. */
  public void close(ConnectionLoss loss) {
    closed(loss);
    channel.close();
  }

  void onReply(long callId, Reply reply) {
    PendingCall call = pending.remove(callId);
    if (call != null) {
      call.complete(reply);
    }
  }

  void closed(ConnectionLoss loss) {
    if (closedBecause == null) {
      closedBecause = loss;
    }
    for (Long callId : pending.keySet()) {
      PendingCall call = pending.remove(callId);
      if (call != null) {
        call.fail(closedBecause);
      }
    }
  }

  Channel channel() {
    return channel;
  }

  @Override
  public String toString() {
    return "connection to " + channel.remoteAddress();
  }
}
