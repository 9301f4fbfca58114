package io.proxima.runtime.internal.transport;

/** Why a call lost its connection before a reply came. */
public record ConnectionLoss(String reason, boolean localNodeClosing) {
  /** Internal marker: the caller gave up waiting. Never handed to callers. */
  static final ConnectionLoss TIMED_OUT = new ConnectionLoss("timed out", false);
}
