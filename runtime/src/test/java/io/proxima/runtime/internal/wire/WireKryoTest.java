package io.proxima.runtime.internal.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.esotericsoftware.kryo.DefaultSerializer;
import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

class WireKryoTest {

  /** Asks, through Kryo's own annotation, to travel by Java serialization. */
  @DefaultSerializer(JavaSerializer.class)
  static final class AsksForJavaSerialization implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void anAnnotationDoesNotChooseTheSerializer() {
    Kryo kryo = WireKryo.create(Samples.table(), RemoteObjects.NONE);

    assertFalse(kryo.getDefaultSerializer(AsksForJavaSerialization.class) instanceof JavaSerializer);
  }
}
