package io.proxima.runtime.internal.transport;

import io.proxima.Remote;
import io.proxima.Timeout;
import java.util.concurrent.CompletableFuture;

/** Methods that move large arrays, for the paths a large message can take. */
@Remote
@Timeout(millis = 10_000)
public interface Bulk {
  byte[] echo(byte[] data);

  CompletableFuture<byte[]> echoAsync(byte[] data);

  /** Throws an IllegalArgumentException that names the array's length. */
  byte[] refuse(byte[] data);
}
