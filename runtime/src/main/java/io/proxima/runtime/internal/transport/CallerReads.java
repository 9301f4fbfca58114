package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Lets the lone synchronous caller of an NIO connection read its reply from the socket itself,
 * while the connection's event loop sleeps. With one call in flight the event loop only passes
 * the reply on: it reads it, and the caller, waiting on another core, takes it from there. On two
 * cores that loop competes with the caller and the server for the cores at every call; with the
 * caller reading, a lone caller's empty calls went from about 31k to about 45k per second (short
 * JMH runs, old and new build alternating).
 *
 * <p>Who reads the socket:
 *
 * <ul>
 *   <li>{@code LOOP}: the event loop, as Netty does (its auto-read is on).
 *   <li>{@code CALLERS}: nobody at this moment. The loop stopped reading at a frame boundary, right
 *       after it delivered the reply of its connection's only call; the next caller that is
 *       again the only one may read.
 *   <li>{@code CALLER}: one caller, reading its reply.
 *   <li>{@code RETURNING}: nobody; reading goes back to the loop, with the bytes a caller read
 *       that were not exactly its reply (see {@link #giveBack}).
 * </ul>
 *
 * One party reads at a time and reading changes hands only between frames, so no frame is lost,
 * split or reordered. A caller takes its reply only when what it read is exactly that reply;
 * anything else (another frame, more bytes, the end of the stream) goes to the loop, which reads it as if it had read it itself, and the caller then waits
 * for its reply as any caller does. So does a caller whose reply does not start, or stops coming,
 * for as long as its {@link YieldBudget}, so that it can park.
 *
 * <p>Replies to other calls come only after requests, so every call whose reply its caller does
 * not read hands reading back to the loop ({@link #loopMustRead()}), and so does a caller that
 * finishes reading while other calls wait. Requests from the peer and the end of the connection
 * can come at any time: the loop takes reading back once no caller has read a reply for {@value
 * #IDLE_CHECK_MILLIS} to 2 ms, and a caller that reads them gives them to the loop at once.
 *
 * <p>Thread-safe: state changes are atomic; the loop's own fields are used on the loop only.
 */
final class CallerReads {
  private static final int LOOP = 0;
  private static final int CALLERS = 1;
  private static final int CALLER = 2;
  private static final int RETURNING = 3;
  static final long IDLE_CHECK_MILLIS = 1;
  /**
   * Consecutive lone replies after which the loop lets callers read. A connection with a few
   * callers has no call in flight now and then; each time reading goes to a caller and back, the
   * other callers' replies wait or take a detour through the caller. Offered after every lone
   * reply, that cost 4 callers about a seventh of their throughput in a short run.
   */
  static final int LONE_REPLIES_TO_OFFER = 16;
  /** Replies up to this long, frame included, are read into the thread's own buffer; longer ones into {@link LargeFrames}. */
  static final int BUFFER_BYTES = 16 << 10;
  /**
   * The most a caller reads in one system call into a large frame, which lies in heap memory:
   * the JDK reads it through a direct buffer of that size, which it keeps for the thread.
   */
  private static final int MAX_READ_BYTES = 256 << 10;
  private static final ThreadLocal<ByteBuf> BUFFER =
      ThreadLocal.withInitial(() -> Unpooled.directBuffer(BUFFER_BYTES, BUFFER_BYTES));
  private static final int REPLY_FRAME_BYTES = Frames.LENGTH_FIELD_BYTES + 1 + Frames.REPLY_HEADER_BYTES;

  private final Connection connection;
  private final Channel channel;
  private final SocketChannel socket;
  private final int maxFrameBytes;
  private final AtomicInteger state = new AtomicInteger(LOOP);
  private final Runnable idleCheck = this::checkIdle;
  /** Replies that callers read; written only by the caller in state {@code CALLER}. */
  private volatile long repliesReadByCallers;

  // Used on the loop only:
  /** Whether the reads since the last {@link #loopReadDone} delivered a synchronous reply. */
  private boolean syncReplyDelivered;
  /** Consecutive reads that delivered the reply of the connection's only call. */
  private int loneReplies;
  private boolean idleCheckScheduled;
  private long repliesAtLastCheck;

  CallerReads(Connection connection, Channel channel, SocketChannel socket, int maxFrameBytes) {
    this.connection = connection;
    this.channel = channel;
    this.socket = socket;
    this.maxFrameBytes = maxFrameBytes;
  }

  /** On the loop: it delivered a reply to a synchronous caller. */
  void loopDeliveredSyncReply() {
    syncReplyDelivered = true;
  }

  /**
   * On the loop, after it read and decoded what the socket had: stops reading and lets callers
   * read if what it delivered was the reply of the connection's only call.
   *
   * @param frameHalfRead whether the loop holds the first bytes of a frame, which callers could not read on from
   */
  void loopReadDone(boolean frameHalfRead) {
    boolean lone = syncReplyDelivered && !frameHalfRead && connection.outstandingCalls() == 0;
    syncReplyDelivered = false;
    loneReplies = lone ? loneReplies + 1 : 0;
    if (loneReplies < LONE_REPLIES_TO_OFFER || state.get() != LOOP) {
      return;
    }
    loneReplies = 0;
    channel.config().setAutoRead(false);
    state.set(CALLERS);
    // A call registered before the state changed may have seen LOOP and wait for this loop.
    if (connection.outstandingCalls() > 0 && state.compareAndSet(CALLERS, LOOP)) {
      channel.config().setAutoRead(true);
      return;
    }
    if (!idleCheckScheduled) {
      idleCheckScheduled = true;
      repliesAtLastCheck = repliesReadByCallers;
      channel.eventLoop().schedule(idleCheck, IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** On the loop: takes reading back if no caller read since the last check. */
  private void checkIdle() {
    long replies = repliesReadByCallers;
    int now = state.get();
    if (now == CALLER || (now == CALLERS && replies != repliesAtLastCheck)) {
      repliesAtLastCheck = replies;
      channel.eventLoop().schedule(idleCheck, IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
      return;
    }
    idleCheckScheduled = false;
    if (now == CALLERS && state.compareAndSet(CALLERS, LOOP)) {
      channel.config().setAutoRead(true);
    }
  }

  /**
   * Reads the reply to call {@code callId}, just written as the connection's only call, if
   * callers may read now, and delivers it to {@code call}. Leaves it to the loop otherwise, or if
   * no byte of it comes for {@code patienceNanos}, or the deadline passes, or what comes is not
   * exactly that reply.
   */
  void readReply(long callId, PendingCall call, long patienceNanos, long deadlineNanos) {
    if (!state.compareAndSet(CALLERS, CALLER)) {
      return; // the loop reads, or will once the caller now reading is done
    }
    ByteBuf in = BUFFER.get().clear();
    try {
      long lastBytesNanos = System.nanoTime();
      int frameBytes;
      while ((frameBytes = frameBytes(in)) == 0 || in.readableBytes() < frameBytes) {
        if (frameBytes < 0) {
          giveBack(in);
          return;
        }
        if (frameBytes > in.capacity()) {
          in = LargeFrames.body(frameBytes).writeBytes(in);
        }
        int read = in.writeBytes(socket, Math.min(in.writableBytes(), MAX_READ_BYTES));
        long now = System.nanoTime();
        if (read > 0) {
          lastBytesNanos = now;
        } else if (read < 0 || !call.awaits(callId) || now - lastBytesNanos >= patienceNanos
            || now - deadlineNanos >= 0) {
          giveBack(in);
          return;
        } else {
          Thread.yield(); // the reply is on its way: let the core serve it, or the server
        }
      }
      ReplyStatus status = in.readableBytes() == frameBytes ? replyStatus(in, callId) : null;
      if (status == null) {
        giveBack(in);
        return;
      }
      in.readerIndex(REPLY_FRAME_BYTES);
      repliesReadByCallers++;
      connection.deliver(callId, status, in);
      releaseIfLarge(in);
    } catch (IOException e) {
      giveBack(in); // the loop meets the same failure and closes the connection
      return;
    } catch (RuntimeException | Error e) {
      giveBack(in); // reading must not stay with a caller that has left
      throw e;
    }
    state.set(CALLERS);
    if (connection.outstandingCalls() > 0) {
      loopMustRead(); // a call registered while this one read may wait for the loop
    }
  }

  /** Makes sure the loop reads, for a call whose reply its caller will not read; from any thread. */
  void loopMustRead() {
    if (state.get() == CALLERS && state.compareAndSet(CALLERS, RETURNING)) {
      returnToLoop(null);
    }
  }

  /**
   * The bytes of the whole frame at the head of {@code in}, length field included; 0 if its
   * length has not come yet; -1 if it cannot be a reply or is longer than the connection accepts
   * (the loop then refuses it).
   */
  private int frameBytes(ByteBuf in) {
    if (in.readableBytes() < Frames.LENGTH_FIELD_BYTES) {
      return 0;
    }
    int declared = in.getInt(0);
    return declared >= REPLY_FRAME_BYTES - Frames.LENGTH_FIELD_BYTES && declared <= maxFrameBytes
        ? Frames.LENGTH_FIELD_BYTES + declared
        : -1;
  }

  /** The status of the frame in {@code in} if it is a well-formed reply to {@code callId}; else null. */
  private static @Nullable ReplyStatus replyStatus(ByteBuf in, long callId) {
    int kindAt = Frames.LENGTH_FIELD_BYTES;
    if (in.getByte(kindAt) != Frames.REPLY || in.getLong(kindAt + 1) != callId) {
      return null;
    }
    return ReplyStatus.ofCode(in.getByte(kindAt + 1 + 8));
  }

  /**
   * Hands reading back to the loop with the bytes in {@code in}, which the loop decodes before it
   * reads on: a large frame's buffer itself, which has room for the rest of the frame, else a copy.
   */
  private void giveBack(ByteBuf in) {
    state.set(RETURNING);
    in.readerIndex(0);
    ByteBuf unread = in;
    if (in == BUFFER.get()) {
      unread = in.isReadable() ? channel.alloc().buffer(in.readableBytes()).writeBytes(in) : null;
    } else if (!in.isReadable()) {
      in.release();
      unread = null;
    }
    returnToLoop(unread);
  }

  /** Gives a large frame's buffer back to its pool once the reply, which keeps its own hold on it, is delivered. */
  private static void releaseIfLarge(ByteBuf in) {
    if (in != BUFFER.get()) {
      in.release();
    }
  }

  private void returnToLoop(@Nullable ByteBuf unread) {
    try {
      channel.eventLoop().execute(() -> {
        state.set(LOOP);
        channel.config().setAutoRead(true); // reads once this task is done, so after the bytes below
        if (unread == null) {
          return;
        }
        if (channel.isActive()) {
          channel.pipeline().fireChannelRead(unread).fireChannelReadComplete();
        } else {
          unread.release(); // the decoder has let go of the connection's bytes already
        }
      });
    } catch (RejectedExecutionException e) {
      if (unread != null) {
        unread.release(); // the loop has shut down with the connection
      }
    }
  }

  /** Replies read by callers so far. */
  long repliesReadByCallers() {
    return repliesReadByCallers;
  }
}
