package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;

/**
 * Waits for the reply to one call. Completed at most once: by the reply or by the loss of the
 * connection, each passing the id under which the call was awaited.
 */
public interface ReplyListener {
  /** The call was registered under {@code callId}; called before its reply or loss can come. */
  void awaiting(long callId);

  /**
   * The reply arrived. {@code body} is readable only during this call, on the I/O thread (or on
   * the thread of a synchronous caller that read its own reply): a listener copies (or retains)
   * what it keeps.
   */
  void onReply(long callId, ReplyStatus status, ByteBuf body);

  /** The connection was lost before the reply came. */
  void onLoss(long callId, ConnectionLoss loss);
}
