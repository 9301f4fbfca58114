package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import io.netty.util.internal.PlatformDependent;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One connection between two nodes. It carries calls in both directions, many at once, each
 * matched to its reply by a call id.
 *
 * <p>Frames from any thread go into one queue that the event loop drains: it writes everything
 * queued at once, the small frames gathered into one buffer (see {@link SocketWriter}). A burst
 * of calls, replies and cancellations from many threads thus leaves in a few system calls, and
 * the loop is woken at most once per burst. Synchronous callers waiting for their replies write
 * what the others queued meanwhile, when nobody else writes: the requests then leave without
 * waiting for the loop's turn at the cores. Calls awaiting their replies are kept in {@link
 * AwaitedCalls}.
 *
 * <p>Thread-safe.
 */
public final class Connection {
  private final Channel channel;
  private final AwaitedCalls pending = new AwaitedCalls();
  private final Map<Long, Cancellable> serving = new ConcurrentHashMap<>();
  /** What {@link #register} returns when no slot freed before the deadline. */
  private static final long NO_SLOT = -2;
  private static final AttributeKey<Connection> OF_CHANNEL = AttributeKey.valueOf(Connection.class, "connection");

  private final Queue<ByteBuf> outbound = PlatformDependent.newMpscQueue();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Runnable drain = this::drain;
  private volatile ConnectionLoss closedBecause;
  /** The node incarnation at the other end, once its hello frame arrived. */
  private volatile @Nullable Long peerIncarnation;
  /** Completes when this side's hello frame is on its way, before which no call may be written. */
  private final CompletableFuture<Void> helloSent = new CompletableFuture<>();

  private final YieldBudget yieldBudget = new YieldBudget();
  private final Semaphore slots;
  private final int maxOutstandingCalls;
  /** Writes past Netty to the JDK socket of an NIO connection (made or accepted); else null. */
  private final @Nullable SocketWriter socketWriter;
  /**
   * Held while bytes go to the socket or frames are taken from the queue: by a caller writing
   * directly, by a waiting caller writing what others queued, or by the event loop's drain.
   */
  private final ReentrantLock writing = new ReentrantLock();
  /**
   * What a caller began to write and the socket did not take at once, which the event loop writes
   * before anything queued; else null. Set and taken holding {@link #writing}.
   */
  private volatile @Nullable ByteBuf unsent;
  /** Lets the synchronous callers of an NIO connection (made or accepted) read their replies; else null. */
  private final @Nullable CallerReads callerReads;

  Connection(Channel channel, int maxOutstandingCalls, int maxFrameBytes) {
    this.channel = channel;
    channel.attr(OF_CHANNEL).set(this);
    this.slots = new Semaphore(maxOutstandingCalls);
    this.maxOutstandingCalls = maxOutstandingCalls;
    if (channel instanceof DirectNioSocketChannel direct) {
      this.socketWriter = new SocketWriter(channel, direct.socket());
      this.callerReads = new CallerReads(this, channel, direct.socket(), maxFrameBytes);
    } else {
      this.socketWriter = null;
      this.callerReads = null;
    }
  }

  /** The connection carried by {@code channel}, or null for a listening channel. */
  static @Nullable Connection of(Channel channel) {
    return channel.attr(OF_CHANNEL).get();
  }

  /** The peer's address, for messages. */
  public SocketAddress remoteAddress() {
    return channel.remoteAddress();
  }

  /** Whether the current thread is this connection's I/O thread. */
  public boolean onIoThread() {
    return channel.eventLoop().inEventLoop();
  }

  /** The node incarnation at the other end, or null until its hello frame has arrived. */
  public @Nullable Long peerIncarnation() {
    return peerIncarnation;
  }

  /** Records the peer's hello; returns false if it had already said a different one. */
  boolean helloFrom(long incarnation) {
    Long known = peerIncarnation;
    if (known != null) {
      return known == incarnation;
    }
    peerIncarnation = incarnation;
    return true;
  }

  /** Sends this side's hello frame, first of all frames; on the event loop. */
  void sayHello(long incarnation) {
    channel.writeAndFlush(Frames.hello(channel.alloc(), incarnation)).addListener(written -> helloSent.complete(null));
  }

  /** Waits until this side's hello frame has been handed to the socket (or the connection failed). */
  void awaitHelloSent() {
    helloSent.join();
  }

  public boolean isOpen() {
    return channel.isActive() && closedBecause == null;
  }

  /**
   * Sends a request and waits for its reply, which arrives in {@code call}, until {@code
   * deadlineNanos} ({@link System#nanoTime()}). If the deadline passes first, the server is told
   * to cancel the call.
   *
   * @param call the current thread's, made ready for this call (its last reply must have been read)
   * @return null once the reply is in {@code call} (whose caller releases its body); {@link
   *     ConnectionLoss#TIMED_OUT} if the deadline passed first; else why the connection was lost
   * @throws IllegalStateException when called on this connection's own I/O thread, which would
   *     wait for a reply only it can read
   */
  public @Nullable ConnectionLoss call(RequestTarget target, int methodId, MessageBody arguments, long deadlineNanos,
      PendingCall call) {
    if (channel.eventLoop().inEventLoop()) {
      throw new IllegalStateException("a synchronous remote call cannot be made on a Proxima I/O thread (such as"
          + " in a callback of an asynchronous call's future): use the future's ...Async methods or an executor");
    }
    if (callerReads != null) {
      callerReads.callerArrives(); // before its call can be seen: see CallerReads
    }
    long callId = register(call, deadlineNanos);
    if (callId < 0) {
      if (callerReads != null) {
        callerReads.callerLeaves();
      }
      return callId == NO_SLOT ? ConnectionLoss.TIMED_OUT : closedBecause;
    }
    ByteBuf request = request(callId, target, methodId, (byte) 0, deadlineNanos, arguments);
    long sent = System.nanoTime();
    long patience = yieldBudget.nanos();
    if (!writeDirectly(request, patience)) {
      writeSoon(request);
    }
    if (callerReads != null) {
      callerReads.awaitReply(callId, call, patience, sent + patience, deadlineNanos);
    }
    ConnectionLoss failure = call.await(callId, deadlineNanos, Math.max(0, sent + patience - System.nanoTime()));
    if (failure == ConnectionLoss.TIMED_OUT) {
      cancel(callId);
    } else if (failure == null) {
      yieldBudget.replied(System.nanoTime() - sent);
    }
    return failure;
  }

  /**
   * Sends a request whose reply goes to {@code listener}, without waiting.
   *
   * @return the call's id, for {@link #cancel(long)}; -1 if the connection was already closed
   *     (the listener has been told)
   */
  public long callAsync(RequestTarget target, int methodId, MessageBody arguments, long deadlineNanos,
      ReplyListener listener) {
    long callId = register(listener, deadlineNanos);
    if (callId < 0) {
      if (callId != NO_SLOT) {
        listener.onLoss(callId, closedBecause);
      }
      return -1;
    }
    writeSoon(request(callId, target, methodId, (byte) 0, deadlineNanos, arguments));
    loopMustRead();
    return callId;
  }

  /** Sends a one-way request; nothing will answer it. */
  public void send(RequestTarget target, int methodId, MessageBody arguments, long deadlineNanos) {
    writeSoon(request(0, target, methodId, Frames.FLAG_ONE_WAY, deadlineNanos, arguments));
  }

  /** Stops waiting for call {@code callId} and asks the server to cancel it; false if it already ended. */
  public boolean cancel(long callId) {
    if (!unregister(callId)) {
      return false;
    }
    writeSoon(Frames.cancel(channel.alloc(), callId));
    return true;
  }

  /** Sends the reply to call {@code callId} received on this connection. Safe from any thread. */
  public void reply(long callId, ReplyStatus status, MessageBody payload) {
    writeSoon(Frames.reply(channel.alloc(), callId, status, payload));
  }

  /** Sends a reply whose payload is a human-readable detail. */
  public void reply(long callId, ReplyStatus status, String detail) {
    writeSoon(Frames.reply(channel.alloc(), callId, status, detail));
  }

  /** Remembers a call being served here, so that a cancel frame or the connection's loss can reach it. */
  public void serving(long callId, Cancellable call) {
    serving.put(callId, call);
    if (closedBecause != null && serving.remove(callId) != null) {
      call.cancel();
    }
  }

  /** Forgets a call that was served; returns it, or null if it was already forgotten. */
  public Cancellable served(long callId) {
    return serving.remove(callId);
  }

  /** Closes the connection; calls waiting on it fail with {@code loss}. */
  public void close(ConnectionLoss loss) {
    closed(loss);
    channel.close();
  }

  /** On the event loop: a reply arrived; {@code body} stays the caller's to release. Nothing happens if its call ended already. */
  void onReply(long callId, ReplyStatus status, ByteBuf body) {
    deliver(callId, status, body);
    if (callerReads != null) {
      callerReads.loopRead(AwaitedCalls.isSync(callId));
    }
  }

  /** On the event loop: a frame other than a reply arrived. */
  void onOtherFrame() {
    if (callerReads != null) {
      callerReads.loopRead(false);
    }
  }

  /** Gives a reply to the call awaiting it, if it still does. */
  void deliver(long callId, ReplyStatus status, ByteBuf body) {
    ReplyListener listener = pending.remove(callId);
    if (listener != null) {
      slots.release();
      listener.onReply(callId, status, body);
    }
  }

  /**
   * On the event loop, after it read what the socket had and decoded the frames in it; {@code
   * frameHalfRead} says whether it holds the first bytes of a frame.
   */
  void loopReadDone(boolean frameHalfRead) {
    if (callerReads != null) {
      callerReads.loopReadDone(frameHalfRead);
    }
  }

  /** For a call whose caller does not read its reply: makes sure the event loop does. */
  private void loopMustRead() {
    if (callerReads != null) {
      callerReads.loopMustRead();
    }
  }

  /** The channel, for tests that shape its socket. */
  Channel channel() {
    return channel;
  }

  /** Replies that their callers read from the socket themselves, for tests. */
  long repliesReadByCallers() {
    return callerReads == null ? 0 : callerReads.repliesReadByCallers();
  }

  /** The buffer callers read into and keep between their turns, or null; for tests. */
  @Nullable ByteBuf callersReadAhead() {
    return callerReads == null ? null : callerReads.readAhead();
  }

  /**
   * The connection is gone: waiting callers fail, calls served for the peer are cancelled
   * (orphans), and the buffer callers read into goes back to its pool.
   */
  void closed(ConnectionLoss loss) {
    if (closedBecause == null) {
      closedBecause = loss;
    }
    loopMustRead();
    pending.forEach(callId -> {
      ReplyListener listener = pending.remove(callId);
      if (listener != null) {
        slots.release();
        listener.onLoss(callId, closedBecause);
      }
    });
    releaseQueued(); // frames queued later go to a drain, whose writes to the closed channel release them
    for (Long callId : serving.keySet()) {
      Cancellable call = serving.remove(callId);
      if (call != null) {
        call.cancel();
      }
    }
  }

  /**
   * Takes a slot for a call, waiting for one until the deadline when the connection already has
   * its maximum of outstanding calls (never on the I/O thread, which must not block).
   *
   * @return the call id; -1 if the connection is closed; {@link #NO_SLOT} if no slot freed in time
   */
  private long register(ReplyListener listener, long deadlineNanos) {
    if (!slots.tryAcquire()) {
      try {
        if (channel.eventLoop().inEventLoop()
            || !slots.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          return NO_SLOT;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return NO_SLOT;
      }
    }
    long callId = pending.add(listener);
    if (closedBecause != null && unregister(callId)) {
      return -1;
    }
    return callId;
  }

  private boolean unregister(long callId) {
    if (pending.remove(callId) == null) {
      return false;
    }
    slots.release();
    return true;
  }

  int outstandingCalls() {
    return maxOutstandingCalls - slots.availablePermits();
  }

  private ByteBuf request(long callId, RequestTarget target, int methodId, byte flags, long deadlineNanos,
      MessageBody arguments) {
    long timeoutNanos = Math.max(0, deadlineNanos - System.nanoTime());
    return Frames.request(channel.alloc(), callId, target, methodId, flags, timeoutNanos, arguments);
  }

  private void writeSoon(ByteBuf frame) {
    outbound.offer(frame);
    drainSoon();
  }

  /** Makes sure the event loop writes what is queued. */
  private void drainSoon() {
    if (draining.compareAndSet(false, true)) {
      try {
        channel.eventLoop().execute(drain);
      } catch (RejectedExecutionException e) {
        releaseQueued(); // the event loop has shut down: nothing will ever send these
      }
    }
  }

  private void releaseQueued() {
    writing.lock(); // a caller may be taking frames from the queue
    try {
      ByteBuf rest = unsent;
      unsent = null;
      if (rest != null) {
        rest.release();
      }
      ByteBuf frame;
      while ((frame = outbound.poll()) != null) {
        frame.release();
      }
    } finally {
      writing.unlock();
    }
  }

  /**
   * Writes a synchronous request from the calling thread when it is the connection's only
   * outstanding call and nothing else waits to be written, sparing the event loop a wake-up. With
   * more calls in flight the event loop writes: it batches them, and a caller descheduled while
   * holding the socket would hold up everyone else.
   *
   * @return false if the frame was not written and must be queued; true if it was, or if the
   *     socket did not take all of it and the event loop writes the rest
   */
  private boolean writeDirectly(ByteBuf frame, long patienceNanos) {
    if (socketWriter == null || outstandingCalls() != 1 || draining.get()
        || !outbound.isEmpty() || !writing.tryLock()) {
      return false;
    }
    boolean restLeft;
    try {
      if (!outbound.isEmpty() || !socketMayBeWritten()) {
        return false;
      }
      restLeft = !socketWriter.writeNow(frame, patienceNanos);
      if (restLeft) {
        unsent = frame;
      }
    } finally {
      writing.unlock();
    }
    if (restLeft) {
      drainSoon();
    }
    return true;
  }

  /**
   * From a synchronous caller waiting for its reply: writes the small frames at the head of the
   * queue in one system call, if nobody else is writing. Frames wait in the queue for the event
   * loop's turn at the cores, which on two cores shared with many callers comes late; a caller
   * about to yield its core writes them at once, with those queued by callers that ran before it.
   * Its own request may be among them. On two cores this raised the throughput of 4 callers by
   * about a tenth in alternating short runs, less than careful runs can tell from drift. A large
   * frame and what follows it stay for the loop, whose drain every queued frame has asked for.
   */
  void writeQueuedFromCaller() {
    if (socketWriter == null || outbound.isEmpty() || !writing.tryLock()) {
      return;
    }
    boolean restLeft = false;
    try {
      if (closedBecause == null && socketMayBeWritten()) {
        unsent = socketWriter.writeSmallFramesAtHead(outbound);
        restLeft = unsent != null;
      }
    } finally {
      writing.unlock();
    }
    if (restLeft) {
      drainSoon();
    }
  }

  /** Whether bytes may go straight to the socket now, overtaking none; holding {@link #writing}. */
  private boolean socketMayBeWritten() {
    return unsent == null && socketWriter.idle();
  }

  /**
   * On the event loop: writes every queued frame, then flushes once. It never waits for a direct
   * writer, which may have been descheduled mid-write: it queues itself again and lets the loop
   * read meanwhile. (A scheduled retry would not do: NIO event loops sleep in whole milliseconds.)
   */
  private void drain() {
    if (!writing.tryLock()) {
      channel.eventLoop().execute(drain);
      return;
    }
    try {
      ByteBuf rest = unsent;
      if (rest != null) {
        unsent = null;
        channel.write(rest, channel.voidPromise()); // first, and Netty then holds bytes: nothing overtakes them
      }
      writeQueued();
      if (outstandingCalls() > 1) {
        // The other callers of this connection were most likely just handed their replies by
        // this loop and are about to send their next requests: yielding the core once lets them
        // queue, and their requests leave with this flush instead of each in a flush of its own.
        // On two cores this cut the writes of 16 callers to a quarter and raised the throughput
        // of 4 to 64 callers by a sixth to a third.
        Thread.yield();
        writeQueued();
      }
    } finally {
      if (socketWriter != null) {
        socketWriter.sendBatch(); // also after a failure: the batch buffer is the event loop's, not this connection's
      }
      channel.flush();
      writing.unlock();
    }
    draining.set(false);
    // A frame queued, or left unsent by a caller, after the last poll but before the flag was
    // cleared found the flag set and did not schedule a drain: schedule one for it.
    if (!outbound.isEmpty() || unsent != null) {
      drainSoon();
    }
  }

  /** Writes the queued frames: small ones into a batch that leaves in one system call (see {@link SocketWriter}). */
  private void writeQueued() {
    ByteBuf frame;
    while ((frame = outbound.poll()) != null) {
      if (socketWriter == null) {
        channel.write(frame, channel.voidPromise());
      } else if (!socketWriter.batch(frame)) {
        socketWriter.sendBatch(); // the batch goes first, so that frames leave in the order they came
        channel.write(frame, channel.voidPromise());
      }
    }
  }

  @Override
  public String toString() {
    return "connection to " + channel.remoteAddress();
  }
}
