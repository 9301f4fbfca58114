package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.io.Output;
import java.util.Arrays;

/**
 * Kryo's in-memory output, growing in one step for a large array. Kryo's own output copies a
 * large array one buffer-full at a time and doubles its buffer before each, copying everything
 * written so far each time: writing a 1 MiB array cost 4 MiB of garbage and twice the copying.
 * Here the buffer grows once, to what the array needs plus an eighth for what follows it.
 */
final class WireOutput extends Output {
  WireOutput(int bufferSize, int maxBufferSize) {
    super(bufferSize, maxBufferSize);
  }

  @Override
  public void writeBytes(byte[] bytes, int offset, int count) {
    long needed = (long) position + count;
    if (needed > capacity && needed <= maxCapacity) {
      capacity = (int) Math.min(maxCapacity, needed + (needed >> 3));
      buffer = Arrays.copyOf(buffer, capacity);
    }
    super.writeBytes(bytes, offset, count); // past the maximum, Kryo reports the overflow
  }
}
