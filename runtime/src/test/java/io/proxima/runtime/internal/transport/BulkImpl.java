package io.proxima.runtime.internal.transport;

import java.util.concurrent.CompletableFuture;

final class BulkImpl implements Bulk {
  @Override
  public byte[] echo(byte[] data) {
    return data;
  }

  @Override
  public CompletableFuture<byte[]> echoAsync(byte[] data) {
    return CompletableFuture.completedFuture(data);
  }

  @Override
  public byte[] refuse(byte[] data) {
    throw new IllegalArgumentException("refused " + data.length + " bytes");
  }
}
