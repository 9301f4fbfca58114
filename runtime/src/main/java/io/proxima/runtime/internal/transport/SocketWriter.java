package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOutboundBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Writes the frames of an NIO connection straight to its JDK socket, past Netty's outbound
 * buffer: a lone caller's request from the caller's thread, and a batch of queued frames in one
 * system call, from the event loop or from a waiting caller.
 *
 * <p>Small frames are copied into a direct buffer of the writing thread's own on their way. A
 * frame's own view of its memory, which Netty's write path and the socket need, is made anew
 * whenever a frame is taken from the pool by a thread without a pool cache (the callers): two
 * objects per frame, against a copy of a few dozen bytes.
 *
 * <p>Bytes go to the socket only while nothing waits in Netty's outbound buffer, so that they
 * never overtake bytes given to Netty before; what the socket does not take at once is handed to
 * Netty, which sends it when the socket has room. Whoever writes holds the connection's writing
 * lock.
 */
final class SocketWriter {
  private static final int BUFFER_BYTES = 16 << 10;
  private static final ThreadLocal<ByteBuffer> BUFFER =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(BUFFER_BYTES));

  private final Channel channel;
  private final SocketChannel socket;

  SocketWriter(Channel channel, SocketChannel socket) {
    this.channel = channel;
    this.socket = socket;
  }

  /** Whether Netty holds no bytes of this connection, so that frames may go straight to the socket. */
  boolean idle() {
    ChannelOutboundBuffer pendingInNetty = channel.unsafe().outboundBuffer();
    return pendingInNetty != null && pendingInNetty.totalPendingWriteBytes() == 0;
  }

  /**
   * Writes {@code frame} from the calling thread, which found the connection {@link #idle()}, and
   * releases it if the socket took all of it. While the socket is full the thread yields and
   * tries again, as long as the peer makes room within {@code patienceNanos}: a large frame then
   * leaves from the caller's thread, which the event loop would otherwise have to be woken for,
   * again and again, as room is made.
   *
   * @return false if the socket stayed full: the frame's unwritten bytes remain for the event loop
   */
  boolean writeNow(ByteBuf frame, long patienceNanos) {
    boolean small = isSmall(frame);
    ByteBuffer bytes = small ? BUFFER.get() : frame.internalNioBuffer(frame.readerIndex(), frame.readableBytes());
    if (small) {
      copy(frame, bytes);
      bytes.flip();
    }
    try {
      int written = 0;
      long lastProgressNanos = System.nanoTime();
      while (bytes.hasRemaining()) {
        int chunk = socket.write(bytes);
        if (chunk > 0) {
          written += chunk;
          lastProgressNanos = System.nanoTime();
        } else if (System.nanoTime() - lastProgressNanos < patienceNanos) {
          Thread.yield();
        } else {
          break;
        }
      }
      if (bytes.hasRemaining()) {
        frame.skipBytes(written);
        return false;
      }
      frame.release();
      return true;
    } catch (IOException e) {
      frame.release();
      channel.close(); // the event loop sees the closed channel and fails the waiting calls
      return true;
    } finally {
      if (small) {
        bytes.clear();
      }
    }
  }

  /**
   * On the event loop: adds a small frame to the batch (sending the batch first if the frame does
   * not fit) and releases it.
   *
   * @return false for a large frame, which Netty writes after {@link #sendBatch()}
   */
  boolean batch(ByteBuf frame) {
    if (!isSmall(frame)) {
      return false;
    }
    ByteBuffer batch = BUFFER.get();
    if (batch.remaining() < frame.readableBytes()) {
      sendBatch(); // empties the same buffer
    }
    copy(frame, batch);
    frame.release();
    return true;
  }

  /** On the event loop: sends the batch, straight to the socket if it is {@link #idle()}, else through Netty. */
  void sendBatch() {
    ByteBuffer batch = BUFFER.get();
    if (batch.position() != 0) {
      ByteBuf rest = send(batch, idle());
      if (rest != null) {
        channel.write(rest, channel.voidPromise());
      }
    }
  }

  /**
   * From a caller, holding the connection's writing lock while the socket may be written: takes
   * the small frames at the head of {@code queue}, as many as one batch holds, and writes them in
   * one system call.
   *
   * @return the bytes the socket did not take, in a buffer of their own for the event loop to
   *     write before anything else; else null
   */
  @Nullable ByteBuf writeSmallFramesAtHead(Queue<ByteBuf> queue) {
    ByteBuffer batch = BUFFER.get();
    ByteBuf frame;
    while ((frame = queue.peek()) != null && isSmall(frame) && batch.remaining() >= frame.readableBytes()) {
      queue.poll();
      copy(frame, batch);
      frame.release();
    }
    return batch.position() == 0 ? null : send(batch, true);
  }

  /**
   * Writes what the socket takes at once of the batch, if {@code toSocket}, and empties it.
   *
   * @return the bytes not written, in a buffer of their own, or null
   */
  private @Nullable ByteBuf send(ByteBuffer batch, boolean toSocket) {
    batch.flip();
    try {
      if (toSocket) {
        while (batch.hasRemaining() && socket.write(batch) > 0) {
          // the socket takes what it has room for
        }
      }
      return batch.hasRemaining() ? channel.alloc().directBuffer(batch.remaining()).writeBytes(batch) : null;
    } catch (IOException e) {
      channel.close(); // the event loop sees the closed channel and fails the waiting calls
      return null;
    } finally {
      batch.clear();
    }
  }

  private static boolean isSmall(ByteBuf frame) {
    return frame.readableBytes() < LargeFrames.FROM_BYTES;
  }

  /** Appends the readable bytes of {@code frame} to {@code buffer}, which has room for them. */
  private static void copy(ByteBuf frame, ByteBuffer buffer) {
    int limit = buffer.limit();
    buffer.limit(buffer.position() + frame.readableBytes());
    frame.getBytes(frame.readerIndex(), buffer);
    buffer.limit(limit);
  }
}
