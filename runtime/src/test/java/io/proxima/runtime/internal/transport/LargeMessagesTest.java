package io.proxima.runtime.internal.transport;

import static io.proxima.runtime.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.PoolArenaMetric;
import io.proxima.NoSuchObjectException;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Arrays large enough to be sent without copying into the encoder's buffer, in frames from
 * {@link LargeFrames}, and received into its memory, between two nodes over loopback: they arrive
 * intact, and every path a message can take gives that memory back.
 */
class LargeMessagesTest {
  private static Node server;
  private static Node client;
  private static Bulk bulk;

  @BeforeAll
  static void start() {
    server = Node.builder().port(0).start();
    client = Node.builder().start();
    bulk = client.proxy(RemoteRef.parse(server.export(new BulkImpl()).toUri()), Bulk.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {(8 << 10) - 1, 8 << 10, 100_000, 1 << 20, 3 << 20})
  void arrays_roundTripIntact_aroundAndFarAboveThePoolingThreshold(int length) throws Exception {
    byte[] data = randomBytes(length);
    assertArrayEquals(data, bulk.echo(data));
    assertArrayEquals(data, bulk.echoAsync(data).get(10, TimeUnit.SECONDS));
  }

  @Test
  void everyPath_givesPooledMemoryBack() throws Exception {
    byte[] data = randomBytes(256 << 10);
    assertArrayEquals(data, bulk.echo(data));
    assertArrayEquals(data, bulk.echoAsync(data).get(10, TimeUnit.SECONDS));
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> bulk.refuse(data));
    assertEquals("refused 262144 bytes", thrown.getMessage());
    BulkImpl gone = new BulkImpl();
    Bulk unexported = client.proxy(RemoteRef.parse(server.export(gone).toUri()), Bulk.class);
    server.unexport(gone);
    assertThrows(NoSuchObjectException.class, () -> unexported.echo(data));

    eventually(() -> inUse(LargeFrames.Pool.ALLOCATOR.metric().heapArenas()) == 0, "every body was released");
    eventually(() -> inUse(LargeFrames.Pool.ALLOCATOR.metric().directArenas()) == 0, "every frame was released");
  }

  private static long inUse(List<PoolArenaMetric> arenas) {
    return arenas.stream().mapToLong(PoolArenaMetric::numActiveAllocations).sum();
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);
    return bytes;
  }
}
