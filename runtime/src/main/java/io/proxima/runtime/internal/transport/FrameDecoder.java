package io.proxima.runtime.internal.transport;

import io.netty.handler.codec.LengthFieldBasedFrameDecoder;

/**
 * Splits the bytes of a connection into frames of at most the node's maximum frame size,
 * gathering a large one in {@link LargeFrames}, and says whether it holds part of a frame (then
 * only the event loop can read on: see {@link CallerReads}).
 *
 * <p>Stateful (one per connection), not sharable.
 */
final class FrameDecoder extends LengthFieldBasedFrameDecoder {
  FrameDecoder(int maxFrameBytes) {
    super(maxFrameBytes + Frames.LENGTH_FIELD_BYTES, 0, Frames.LENGTH_FIELD_BYTES, 0, Frames.LENGTH_FIELD_BYTES);
    setCumulator(LargeFrames.cumulator(maxFrameBytes));
  }

  /** Whether bytes of a frame not yet complete wait here for the rest. */
  boolean holdsPartialFrame() {
    return internalBuffer().isReadable();
  }
}
