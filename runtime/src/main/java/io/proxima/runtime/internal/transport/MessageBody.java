package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;

/**
 * The encoded part of a request or reply that follows the frame's header: arguments, a result,
 * an exception or a detail. It is copied into the frame as the frame is built, on the thread that
 * sends it; until then it must not change.
 */
public interface MessageBody {
  /** The number of bytes {@link #writeTo} writes. */
  int length();

  /** Writes the body into {@code frame}. */
  void writeTo(ByteBuf frame);

  /** The body made of {@code bytes}, which the caller no longer changes. */
  static MessageBody of(byte[] bytes) {
    return new MessageBody() {
      @Override
      public int length() {
        return bytes.length;
      }

      @Override
      public void writeTo(ByteBuf frame) {
        frame.writeBytes(bytes);
      }
    };
  }
}
