package io.proxima.runtime.internal.transport;

import io.netty.channel.ChannelId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The id of a connection this node made: a number unique within the process, which is all that
 * channel ids are used for here (they key the node's channel group). Netty's default id also
 * names the machine and the process, and finding the machine's addresses costs a fresh JVM some
 * 20 ms on its first connection.
 *
 * <p>Immutable and thread-safe.
 */
final class SequentialChannelId implements ChannelId {
  private static final long serialVersionUID = 1L;
  private static final AtomicLong NEXT = new AtomicLong();

  private final long sequence;

  private SequentialChannelId(long sequence) {
    this.sequence = sequence;
  }

  static SequentialChannelId next() {
    return new SequentialChannelId(NEXT.incrementAndGet());
  }

  @Override
  public String asShortText() {
    return Long.toHexString(sequence);
  }

  @Override
  public String asLongText() {
    return "proxima-connection-" + asShortText();
  }

  @Override
  public int compareTo(ChannelId other) {
    return other instanceof SequentialChannelId id
        ? Long.compare(sequence, id.sequence)
        : asLongText().compareTo(other.asLongText());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SequentialChannelId id && id.sequence == sequence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sequence);
  }

  @Override
  public String toString() {
    return asShortText();
  }
}
