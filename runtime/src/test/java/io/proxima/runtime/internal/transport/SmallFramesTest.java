package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallFramesTest {
  private final PooledByteBufAllocator allocator = new PooledByteBufAllocator(false);

  @Test
  void aFrameBuffer_isReusedOnceSent_butNeverWhileItsFrameIsInFlight() {
    ByteBuf inFlight = SmallFrames.take(allocator, 100).writeLong(1);
    ByteBuf next = SmallFrames.take(allocator, 100);
    assertNotSame(inFlight, next);
    assertEquals(1, inFlight.readLong(), "the frame in flight keeps its bytes");
    inFlight.release(); // sent
    next.release();

    List<ByteBuf> taken = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ByteBuf reused = SmallFrames.take(allocator, 50);
      assertEquals(0, reused.readableBytes());
      taken.add(reused);
    }
    assertTrue(taken.contains(inFlight) && taken.contains(next), "both buffers came back into use");
    taken.forEach(ByteBuf::release);
  }

  @Test
  void aThreadWithManyFramesInFlight_takesTheRestFromThePool() {
    List<ByteBuf> inFlight = new ArrayList<>();
    for (int i = 0; i < 1100; i++) {
      inFlight.add(SmallFrames.take(allocator, 64).writeInt(i));
    }
    long pooled = inFlight.stream().filter(frame -> frame.alloc() == allocator).count();
    assertTrue(pooled > 0 && pooled < 1100, pooled + " of 1100 frames from the pool");
    for (int i = 0; i < 1100; i++) {
      assertEquals(i, inFlight.get(i).getInt(0), "no frame in flight was handed out again");
    }
    inFlight.forEach(ByteBuf::release);
  }

  @Test
  void aLargeFrame_comesFromThePoolOfLargeFrames() {
    ByteBuf large = SmallFrames.take(allocator, LargeFrames.FROM_BYTES);
    assertSame(LargeFrames.Pool.ALLOCATOR, large.alloc());
    assertFalse(large.hasArray(), "frames to send are direct");
    large.release();
  }
}
