package io.proxima.runtime.internal.transport;

/** Waits for the reply to one call. Completed at most once: by the reply or by the loss of the connection. */
public interface ReplyListener {
  /** The reply arrived; its payload is the listener's to release. */
  void onReply(Reply reply);

  /** The connection was lost before the reply came. */
  void onLoss(ConnectionLoss loss);
}
