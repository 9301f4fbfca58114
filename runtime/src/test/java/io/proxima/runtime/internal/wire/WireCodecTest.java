package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WireCodecTest {

  @Test
  void prepare_buildsWhatACallHoldsAtOnce_aReaderAndAWriter() {
    WireCodec codec = new WireCodec(Samples.table());

    codec.prepare();
    assertEquals(2, codec.idleContexts());

    try (WireReader arguments = codec.newReader(new byte[0], 0, 0);
        WireWriter result = codec.newWriter()) {
      assertEquals(0, codec.idleContexts(), "both came from the prepared ones");
    }
    assertEquals(2, codec.idleContexts(), "and none was built for the call");
  }
}
