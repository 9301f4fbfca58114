package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.util.Pool;
import io.netty.buffer.ByteBuf;
import io.proxima.runtime.internal.transport.Payload;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Encodes and decodes the values of messages with pooled, hardened Kryo instances.
 *
 * <pre>{@code
 * try (WireWriter out = codec.newWriter()) {
 *   out.writeLong(amount);
 *   out.writeObject(order, Order.class);
 *   out.writeTo(frame);
 * }
 * try (WireReader in = codec.newReader(bytes, offset, length)) {
 *   long amount = in.readLong();
 *   Order order = in.readObject(Order.class);
 *   in.expectEnd();
 * }
 * }</pre>
 *
 * <p>Thread-safe. Writers and readers are not: each belongs to one thread until it is closed,
 * which returns its Kryo and buffers to the pool.
 */
public final class WireCodec {
  /** The default limit on an encoded message; the transport may pass its frame limit instead. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 << 20;
  private static final int MAX_POOLED = 256;
  private static final int RECENT_PER_THREAD = 4;

  private final int maxMessageBytes;
  private final Pool<WireContext> pool;
  /**
   * Each thread keeps the few contexts it used last, so the common case takes no lock: a call
   * needs one or two at a time, and a server thread making a nested call a couple more.
   */
  private final ThreadLocal<ArrayDeque<WireContext>> recent = ThreadLocal.withInitial(ArrayDeque::new);

  /** A codec for {@code types} whose messages may grow to {@link #DEFAULT_MAX_MESSAGE_BYTES}. */
  public WireCodec(TypeTable types) {
    this(types, DEFAULT_MAX_MESSAGE_BYTES);
  }

  /** A codec for {@code types} whose encoded messages may grow to {@code maxMessageBytes}. */
  public WireCodec(TypeTable types, int maxMessageBytes) {
    this(types, maxMessageBytes, RemoteObjects.NONE);
  }

  /**
   * A codec for {@code types} whose encoded messages may grow to {@code maxMessageBytes}, and
   * whose remote objects travel by reference through {@code remoteObjects}. Its first Kryo is
   * built by {@link #prepare()}, or else by its first message.
   */
  public WireCodec(TypeTable types, int maxMessageBytes, RemoteObjects remoteObjects) {
    if (maxMessageBytes <= 0) {
      throw new IllegalArgumentException("maxMessageBytes must be positive, got " + maxMessageBytes);
    }
    this.maxMessageBytes = maxMessageBytes;
    // Creating a Kryo with its registrations takes milliseconds, so the pool keeps as many as were
    // ever busy at once (up to a bound); soft references let the collector take them back.
    this.pool = new Pool<>(true, true, MAX_POOLED) {
      @Override
      protected WireContext create() {
        return new WireContext(WireCodec.this, WireKryo.create(types, remoteObjects), maxMessageBytes);
      }
    };
  }

  /**
   * Builds the first two Kryos, so that a class that cannot be encoded fails here rather than in a
   * call. In a fresh JVM the first loads most of Kryo's classes: tens of milliseconds. Two, because
   * a call reads one message while it writes another on both sides (the server decodes the
   * arguments as it encodes the result, the caller keeps its encoder as it decodes the reply), so
   * a node's first call would otherwise build the second on its way.
   *
   * @throws IllegalStateException if a class of the types cannot be encoded (for example it
   *     extends a JDK class whose fields are not accessible)
   */
  public void prepare() {
    WireContext reading = pool.obtain();
    WireContext writing = pool.obtain();
    pool.free(reading);
    pool.free(writing);
  }

  /** The limit on one encoded message, in bytes. */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  /** Returns a writer for one message; close it when its bytes have been copied out. */
  public WireWriter newWriter() {
    return obtain().messageWriter.open();
  }

  /**
   * Returns a reader of the message in {@code bytes[offset, offset + length)}, which must not
   * change until the reader is closed.
   */
  public WireReader newReader(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    WireContext context = obtain();
    context.input.wrap(bytes, offset, length);
    return context.messageReader.open();
  }

  /**
   * Returns a reader of the readable bytes of {@code message}, which must not change until the
   * reader is closed. A message outside the heap is read where it lies, not copied first.
   */
  public WireReader newReader(ByteBuf message) {
    WireContext context = obtain();
    context.read(message);
    return context.messageReader.open();
  }

  /** Returns a reader of the body {@code payload} received, which must not be released until the reader is closed. */
  public WireReader newReader(Payload payload) {
    ByteBuf outsideHeap = payload.outsideHeap();
    return outsideHeap != null
        ? newReader(outsideHeap)
        : newReader(payload.array(), payload.offset(), payload.length());
  }

  /**
   * Takes back a context. One whose Kryo failed midway is reset and reused: recreating it would
   * cost milliseconds, which a peer sending bad messages could make this node spend at will.
   */
  void release(WireContext context, boolean failed) {
    context.clear(failed);
    ArrayDeque<WireContext> mine = recent.get();
    if (mine.size() < RECENT_PER_THREAD) {
      mine.push(context);
    } else {
      pool.free(context);
    }
  }

  /** Contexts ready for messages, in the pool and kept by this thread; for tests. */
  int idleContexts() {
    return pool.getFree() + recent.get().size();
  }

  private WireContext obtain() {
    WireContext context = recent.get().poll();
    return context != null ? context : pool.obtain();
  }
}
