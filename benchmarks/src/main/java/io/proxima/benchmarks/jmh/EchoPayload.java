package io.proxima.benchmarks.jmh;

import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The array that scenario (c) echoes: 1 KiB, 64 KiB or 1 MiB of random bytes. */
@State(Scope.Benchmark)
public class EchoPayload {
  @Param({"1024", "65536", "1048576"})
  public int bytes;

  private byte[] data;

  @Setup(Level.Trial)
  public void fill() {
    data = new byte[bytes];
    // Random, so that no layer on the way can profit from compressible data.
    new Random(bytes).nextBytes(data);
  }

  public byte[] data() {
    return data;
  }
}
