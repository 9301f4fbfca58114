package io.proxima.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequentialChannelIdTest {

  @Test
  void eachIdIsNewAndFollowsTheOneBefore() {
    SequentialChannelId first = SequentialChannelId.next();
    SequentialChannelId second = SequentialChannelId.next();

    assertNotEquals(first, second);
    assertNotEquals(first.asLongText(), second.asLongText());
    assertTrue(first.compareTo(second) < 0);
    assertTrue(second.compareTo(first) > 0);
    assertEquals(first, first);
    assertEquals(0, first.compareTo(first));
  }

  @Test
  void madeConnectionsTakeSequentialIds() throws Exception {
    DirectNioSocketChannel channel = new DirectNioSocketChannel();
    try {
      assertInstanceOf(SequentialChannelId.class, channel.id());
    } finally {
      channel.unsafe().closeForcibly();
    }
  }
}
