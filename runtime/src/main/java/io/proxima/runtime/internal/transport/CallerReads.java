package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Lets the synchronous callers of an NIO connection read their replies from the socket
 * themselves, while the connection's event loop sleeps. When the loop reads replies it only passes
 * them on: the callers, waiting on other cores or for their turn on the same ones, take them from
 * there. On two cores that loop competes with the callers and the server for the cores at every
 * call; with the callers reading, a lone caller's empty calls went from about 31k to about 45k per
 * second, and those of 16 and 64 callers up by about a tenth and a fifth (short JMH runs, old and
 * new build alternating).
 *
 * <p>Who reads the socket:
 *
 * <ul>
 *   <li>{@code LOOP}: the event loop, as Netty does (its auto-read is on).
 *   <li>{@code CALLERS}: nobody at this moment. The loop stopped reading at a frame boundary, after
 *       its last {@value #SYNC_READS_TO_OFFER} reads brought replies to synchronous calls and
 *       nothing else; the next waiting caller may read.
 *   <li>{@code LEADER}: one caller, reading until its own reply came: it completes the calls of the
 *       others whose replies it reads on the way, while they yield their cores (see {@link
 *       PendingCall}) or sleep. Once its reply is in, a caller still waiting takes over.
 *   <li>{@code RETURNING}: nobody; reading goes back to the loop, with the bytes callers read but
 *       could not deliver.
 * </ul>
 *
 * One party reads at a time, so no frame is lost, split or reordered. Callers deliver only replies
 * to synchronous calls; anything else (a request from the peer, a reply to an asynchronous call, a
 * frame that is not well formed, the end of the stream) goes back to the loop from that frame on,
 * and the loop decodes it as if it had read it itself. The head of a frame still coming waits for
 * the next leader, or goes to the loop with the rest.
 *
 * <p>Callers yield their cores while they wait, for as long as their {@link YieldBudget} allows,
 * and before each yield write the requests other callers queued (see {@link Connection}). Only
 * callers still yielding read: the last caller to stop doing so gives reading back to the loop if
 * any call is still outstanding, since nobody else would read its reply. Requests from the peer and the
 * end of the connection can come at any time: the loop takes reading back once no caller has read
 * a reply for {@value #IDLE_CHECK_MILLIS} to 2 ms, and asynchronous calls give it back at once.
 *
 * <p>Thread-safe: state changes are atomic; the bytes read ahead belong to whoever reads; the
 * loop's own fields are used on the loop only.
 */
final class CallerReads {
  private static final int LOOP = 0;
  private static final int CALLERS = 1;
  private static final int LEADER = 2;
  private static final int RETURNING = 3;
  static final long IDLE_CHECK_MILLIS = 1;
  /**
   * Consecutive reads of the loop that brought synchronous replies only, after which it lets callers
   * read: a connection that also carries requests from the peer or asynchronous calls keeps its
   * loop, rather than changing hands at every such frame.
   */
  static final int SYNC_READS_TO_OFFER = 16;
  /** Room for the replies read at once, frames included; a longer frame is read into {@link LargeFrames}. */
  static final int BUFFER_BYTES = 16 << 10;
  private static final int REPLY_FRAME_BYTES = Frames.LENGTH_FIELD_BYTES + 1 + Frames.REPLY_HEADER_BYTES;

  private final Connection connection;
  private final Channel channel;
  private final SocketChannel socket;
  private final int maxFrameBytes;
  private final AtomicInteger state = new AtomicInteger(LOOP);
  /** Synchronous callers from before their call is registered until they stop yielding for its reply. */
  private final AtomicInteger waitingCallers = new AtomicInteger();
  /** Replies that callers read; written only by the leader. */
  private volatile long repliesReadByCallers;
  /**
   * Bytes read and not yet delivered, at most the head of a frame (then in a buffer with room for
   * all of it), or null. Used by the leader, or by whoever gives reading back to the loop.
   */
  private @Nullable ByteBuf readAhead;

  // Used on the loop only:
  private boolean syncReplyRead;
  private boolean otherFrameRead;
  /** Consecutive reads that brought synchronous replies only. */
  private int syncReads;
  /**
   * Checks every {@value #IDLE_CHECK_MILLIS} ms while callers may read, or null. One periodic task,
   * not one scheduled anew at every check: the event loop allocates nothing for it while callers
   * keep reading, and a lone caller's calls allocate next to nothing at all.
   */
  private @Nullable ScheduledFuture<?> idleChecks;
  private long repliesAtLastCheck;

  CallerReads(Connection connection, Channel channel, SocketChannel socket, int maxFrameBytes) {
    this.connection = connection;
    this.channel = channel;
    this.socket = socket;
    this.maxFrameBytes = maxFrameBytes;
  }

  /** On the loop: it read a frame, which was a reply to a synchronous call or not. */
  void loopRead(boolean syncReply) {
    if (syncReply) {
      syncReplyRead = true;
    } else {
      otherFrameRead = true;
    }
  }

  /**
   * On the loop, after it read and decoded what the socket had: stops reading and lets callers
   * read if what it read were replies to synchronous calls only, for the last {@value
   * #SYNC_READS_TO_OFFER} times.
   *
   * @param frameHalfRead whether the loop holds the first bytes of a frame, which callers could not read on from
   */
  void loopReadDone(boolean frameHalfRead) {
    boolean syncOnly = syncReplyRead && !otherFrameRead && !frameHalfRead;
    syncReplyRead = false;
    otherFrameRead = false;
    syncReads = syncOnly ? syncReads + 1 : 0;
    if (syncReads < SYNC_READS_TO_OFFER || state.get() != LOOP) {
      return;
    }
    syncReads = 0;
    channel.config().setAutoRead(false);
    state.set(CALLERS);
    // Calls whose callers stopped waiting before the state changed wait for this loop.
    if (waitingCallers.get() == 0 && connection.outstandingCalls() > 0 && state.compareAndSet(CALLERS, LOOP)) {
      channel.config().setAutoRead(true);
      return;
    }
    if (idleChecks == null) {
      repliesAtLastCheck = repliesReadByCallers;
      idleChecks = channel.eventLoop()
          .scheduleWithFixedDelay(this::checkIdle, IDLE_CHECK_MILLIS, IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** On the loop: takes reading back if no caller read since the last check. */
  private void checkIdle() {
    long replies = repliesReadByCallers;
    int now = state.get();
    if (now == LEADER || (now == CALLERS && replies != repliesAtLastCheck)) {
      repliesAtLastCheck = replies;
      return;
    }
    idleChecks.cancel(false);
    idleChecks = null;
    loopMustRead();
  }

  /** A synchronous caller is about to register its call, whose reply it will wait for with {@link #awaitReply}. */
  void callerArrives() {
    waitingCallers.incrementAndGet();
  }

  /** A caller that {@link #callerArrives arrived} stops yielding for its reply: it came, or the caller parks, or it will not wait at all. */
  void callerLeaves() {
    if (waitingCallers.decrementAndGet() == 0 && connection.outstandingCalls() > 0) {
      loopMustRead(); // nobody else would read the replies still due
    }
  }

  /**
   * Waits, yielding, for the reply to call {@code callId} until {@code yieldUntilNanos} or the
   * deadline; as soon as callers may read and no other caller does, leads until then instead.
   * Leaves (see {@link #callerLeaves}) when done, after which the caller parks if its reply has
   * not come.
   *
   * @param patienceNanos how long a caller reading a large reply that keeps coming waits for its
   *     next bytes, even past {@code yieldUntilNanos}
   */
  void awaitReply(long callId, PendingCall call, long patienceNanos, long yieldUntilNanos, long deadlineNanos) {
    try {
      long until = deadlineNanos - yieldUntilNanos < 0 ? deadlineNanos : yieldUntilNanos;
      while (call.awaits(callId)) {
        // Reading before looking at the time: a caller that was descheduled past its time while its
        // reply came reads it still, rather than leave it to the loop.
        if (state.get() == CALLERS && state.compareAndSet(CALLERS, LEADER)) {
          lead(callId, call, patienceNanos, until, deadlineNanos);
          return;
        }
        if (System.nanoTime() - until >= 0) {
          return;
        }
        connection.writeQueuedFromCaller();
        Thread.yield(); // the leader or the loop reads: let it have the core
      }
    } finally {
      callerLeaves();
    }
  }

  /**
   * As the leader: reads and delivers replies until that of call {@code callId} is in, or no more
   * may be read, or the caller's time is up; then lets the next caller lead, or the loop read.
   */
  private void lead(long callId, PendingCall call, long patienceNanos, long untilNanos, long deadlineNanos) {
    ByteBuf in = readAhead != null ? readAhead : newReadBuffer();
    readAhead = null;
    try {
      long lastBytesNanos = System.nanoTime();
      while (true) {
        int read = in.writeBytes(socket, in.writableBytes());
        long now = System.nanoTime();
        if (read < 0) {
          giveBack(in);
          return;
        }
        if (read > 0) {
          lastBytesNanos = now;
          in = deliverReplies(in);
          if (in == null) {
            return; // given back
          }
        }
        if (!call.awaits(callId) || now - deadlineNanos >= 0
            || (now - untilNanos >= 0 && now - lastBytesNanos >= patienceNanos)) {
          break;
        }
        if (read == 0) {
          connection.writeQueuedFromCaller();
          Thread.yield(); // replies are on their way: let the core serve them, or the server
        }
      }
    } catch (IOException e) {
      giveBack(in); // the loop meets the same failure and closes the connection
      return;
    } catch (RuntimeException | Error e) {
      giveBack(in); // reading must not stay with a caller that has left
      throw e;
    }
    readAhead = in;
    state.set(CALLERS);
    if (!channel.isActive()) {
      loopMustRead(); // the connection closed while this caller led: nobody would release the buffer
    }
  }

  /**
   * Delivers the replies to synchronous calls that lie whole at the head of {@code in}, and makes
   * room for the rest of the frame after them.
   *
   * @return the buffer to read on into (another one once a frame needs more room), or null if
   *     what was read went back to the loop
   */
  private @Nullable ByteBuf deliverReplies(ByteBuf in) {
    int frameBytes;
    while ((frameBytes = frameBytes(in)) != 0 && in.readableBytes() >= frameBytes) {
      ReplyStatus status = frameBytes < 0 ? null : syncReplyStatus(in);
      if (status == null) {
        giveBack(in);
        return null;
      }
      deliver(in, frameBytes, status);
    }
    if (!in.isReadable()) {
      if (in.capacity() > BUFFER_BYTES) {
        in.release(); // a large frame's, delivered
        return newReadBuffer();
      }
      return in.clear();
    }
    if (frameBytes > BUFFER_BYTES && in.capacity() < frameBytes) {
      // Direct memory, which the socket reads into without the JDK's copy through a buffer of its
      // own, and which the body is then decoded from (see Payload).
      ByteBuf large = LargeFrames.frame(frameBytes).writeBytes(in);
      in.release();
      return large;
    }
    return in.writableBytes() == 0 ? in.discardReadBytes() : in;
  }

  /** Pooled room for replies read at once; a large frame gets a buffer of its own. */
  private ByteBuf newReadBuffer() {
    return channel.alloc().directBuffer(BUFFER_BYTES, BUFFER_BYTES);
  }

  /** Completes the call of the reply of {@code frameBytes} at the head of {@code in}, and skips it. */
  private void deliver(ByteBuf in, int frameBytes, ReplyStatus status) {
    int frameAt = in.readerIndex();
    int after = in.writerIndex();
    long callId = in.getLong(frameAt + Frames.LENGTH_FIELD_BYTES + 1);
    in.setIndex(frameAt + REPLY_FRAME_BYTES, frameAt + frameBytes); // the body, without a view of it to allocate
    try {
      repliesReadByCallers++;
      connection.deliver(callId, status, in);
    } finally {
      in.setIndex(frameAt + frameBytes, after);
    }
  }

  /** Makes sure the loop reads, for a call whose caller will not read its reply; from any thread. */
  void loopMustRead() {
    if (state.get() == CALLERS && state.compareAndSet(CALLERS, RETURNING)) {
      ByteBuf unread = readAhead;
      readAhead = null;
      returnToLoop(unread);
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
    int declared = in.getInt(in.readerIndex());
    return declared >= REPLY_FRAME_BYTES - Frames.LENGTH_FIELD_BYTES && declared <= maxFrameBytes
        ? Frames.LENGTH_FIELD_BYTES + declared
        : -1;
  }

  /** The status of the frame at the head of {@code in} if it is a well-formed reply to a synchronous call; else null. */
  private static @Nullable ReplyStatus syncReplyStatus(ByteBuf in) {
    int kindAt = in.readerIndex() + Frames.LENGTH_FIELD_BYTES;
    if (in.getByte(kindAt) != Frames.REPLY || !AwaitedCalls.isSync(in.getLong(kindAt + 1))) {
      return null;
    }
    return ReplyStatus.ofCode(in.getByte(kindAt + 1 + 8));
  }

  /** Hands reading back to the loop with the bytes in {@code in}, which the loop decodes before it reads on. */
  private void giveBack(ByteBuf in) {
    state.set(RETURNING);
    returnToLoop(in);
  }

  private void returnToLoop(@Nullable ByteBuf readAhead) {
    ByteBuf toDecode = readAhead != null && readAhead.isReadable() ? readAhead : null;
    if (readAhead != null && toDecode == null) {
      readAhead.release();
    }
    try {
      channel.eventLoop().execute(() -> {
        state.set(LOOP);
        channel.config().setAutoRead(true); // reads once this task is done, so after the bytes below
        if (toDecode == null) {
          return;
        }
        if (channel.isActive()) {
          channel.pipeline().fireChannelRead(toDecode).fireChannelReadComplete();
        } else {
          toDecode.release(); // the decoder has let go of the connection's bytes already
        }
      });
    } catch (RejectedExecutionException e) {
      if (toDecode != null) {
        toDecode.release(); // the loop has shut down with the connection
      }
    }
  }

  /** The buffer callers read into and keep between their turns, or null; for tests. */
  @Nullable ByteBuf readAhead() {
    return readAhead;
  }

  /** Replies read by callers so far. */
  long repliesReadByCallers() {
    return repliesReadByCallers;
  }
}
