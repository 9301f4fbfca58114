package io.proxima.runtime.internal.transport;

/** Why a call lost its connection before a reply came. */
public record ConnectionLoss(String reason, boolean localNodeClosing) {
  /** Not a loss: the deadline of the call passed before its reply came. */
  public static final ConnectionLoss TIMED_OUT = new ConnectionLoss("timed out", false);
}
