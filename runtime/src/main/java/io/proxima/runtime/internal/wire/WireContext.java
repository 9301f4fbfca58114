package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.Kryo;
import io.netty.buffer.ByteBuf;

/** One Kryo with the buffers it writes to and reads from; pooled by {@link WireCodec}, used by one thread at a time. */
final class WireContext {
  private static final int INITIAL_BUFFER_BYTES = 512;
  private static final int MAX_RETAINED_BUFFER_BYTES = 64 << 10;

  final Kryo kryo;
  final WireOutput output;
  final BoundedInput input = new BoundedInput();
  final ValueLayout.Writer writer;
  final ValueLayout.Reader reader;
  /** The handles its users write and read through, kept so that a message costs no new object. */
  final WireWriter messageWriter;
  final WireReader messageReader;
  private final int maxMessageBytes;

  WireContext(WireCodec codec, Kryo kryo, int maxMessageBytes) {
    this.kryo = kryo;
    this.maxMessageBytes = maxMessageBytes;
    this.output = new WireOutput(INITIAL_BUFFER_BYTES, maxMessageBytes);
    this.writer = new ValueLayout.Writer(kryo, output);
    this.reader = new ValueLayout.Reader(kryo, input);
    this.messageWriter = new WireWriter(codec, this);
    this.messageReader = new WireReader(codec, this);
  }

  /**
   * Readies the context for its next user, letting go of the last message and of a buffer grown
   * large by it. After a failure Kryo's graph state is reset too; with references off and generic
   * type tracking off (see {@link WireKryo}) that is all the state it keeps between values.
   */
  void clear(boolean failed) {
    if (failed) {
      kryo.reset();
    }
    output.reset();
    if (output.getBuffer().length > MAX_RETAINED_BUFFER_BYTES) {
      output.setBuffer(new byte[INITIAL_BUFFER_BYTES], maxMessageBytes);
    }
    input.clear();
  }

  /** Readies {@link #input} to read the readable bytes of {@code message}, where they lie. */
  void read(ByteBuf message) {
    if (message.hasArray()) {
      input.wrap(message.array(), message.arrayOffset() + message.readerIndex(), message.readableBytes());
    } else {
      input.wrap(message);
    }
  }
}
