package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PendingCallTest {
  private static final long FIRST = 1 << 9;
  private static final long SECOND = 2 << 9;

  @Test
  void aReplyFromAnotherThread_isReceivedIntoTheCall() throws Exception {
    PendingCall call = new PendingCall();
    call.awaiting(FIRST);
    Thread replier = new Thread(() -> call.onReply(FIRST, ReplyStatus.THROWN, body(1, 2, 3)));
    replier.start();

    assertNull(call.await(FIRST, deadlineIn(10), 0));
    assertEquals(ReplyStatus.THROWN, call.status());
    assertArrayEquals(new byte[] {1, 2, 3}, bytesOf(call.body()));
    replier.join();
  }

  @Test
  void aLateReplyToACallThatTimedOut_doesNotCompleteTheNextCallOfTheThread() {
    PendingCall call = new PendingCall();
    call.awaiting(FIRST);
    assertSame(ConnectionLoss.TIMED_OUT, call.await(FIRST, System.nanoTime(), 0));

    call.awaiting(SECOND);
    call.onReply(FIRST, ReplyStatus.OK, body(9, 9));
    call.onLoss(FIRST, new ConnectionLoss("the first call's connection closed", false));
    call.onReply(SECOND, ReplyStatus.OK, body(4, 5));

    assertNull(call.await(SECOND, deadlineIn(10), 0));
    assertArrayEquals(new byte[] {4, 5}, bytesOf(call.body()));
  }

  @Test
  void theLossOfTheConnection_isTheOutcome() {
    PendingCall call = new PendingCall();
    ConnectionLoss loss = new ConnectionLoss("closed", false);
    call.awaiting(FIRST);
    call.onLoss(FIRST, loss);
    call.onReply(FIRST, ReplyStatus.OK, body(1));

    assertSame(loss, call.await(FIRST, deadlineIn(10), 0));
  }

  private static long deadlineIn(int seconds) {
    return System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
  }

  private static ByteBuf body(int... values) {
    ByteBuf body = Unpooled.buffer();
    for (int value : values) {
      body.writeByte(value);
    }
    return body;
  }

  private static byte[] bytesOf(Payload payload) {
    return Arrays.copyOfRange(payload.array(), payload.offset(), payload.offset() + payload.length());
  }
}
