package io.proxima.runtime.internal.wire;

import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.KryoBufferOverflowException;
import com.esotericsoftware.kryo.io.KryoBufferUnderflowException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Kryo throws into {@link EncodingException} and {@link DecodingException}, with
 * messages that say what happened.
 */
final class Failures {
  private static final int MAX_CAUSES = 64; // a cause chain may be a cycle
  private Failures() {}

  static EncodingException encoding(RuntimeException failure, @Nullable Object value, int maxMessageBytes) {
    EncodingException ours = find(failure, EncodingException.class);
    if (ours != null) {
      return ours;
    }
    WireKryo.UnregisteredClassException unregistered = find(failure, WireKryo.UnregisteredClassException.class);
    if (unregistered != null) {
      return new EncodingException(unregistered.getMessage(), failure);
    }
    if (find(failure, KryoBufferOverflowException.class) != null) {
      return new EncodingException("the encoded message would exceed the frame limit of " + maxMessageBytes
          + " bytes; raise Node.Builder.maxFrameBytes on both sides or send less",
          failure);
    }
    if (isDepthExceeded(failure)) {
      return new EncodingException("the value nests deeper than " + WireKryo.MAX_DEPTH + " levels; values travel"
          + " as trees (deep copies), so a cycle in the object graph also ends here", failure);
    }
    String what = value == null ? "a value" : "a " + value.getClass().getName();
    return new EncodingException("could not encode " + what + ": " + failure.getMessage(), failure);
  }

  static DecodingException decoding(RuntimeException failure, Class<?> declaredType) {
    DecodingException ours = find(failure, DecodingException.class);
    if (ours != null) {
      return ours;
    }
    WireKryo.UnregisteredClassException unregistered = find(failure, WireKryo.UnregisteredClassException.class);
    if (unregistered != null) {
      return new DecodingException(unregistered.getMessage(), failure);
    }
    if (find(failure, KryoBufferUnderflowException.class) != null) {
      return new DecodingException("the message ends before the " + declaredType.getName()
          + " it should hold: it is truncated or malformed", failure);
    }
    if (isDepthExceeded(failure)) {
      return new DecodingException("input nests deeper than " + WireKryo.MAX_DEPTH + " levels", failure);
    }
    return new DecodingException("malformed input for a " + declaredType.getName() + ": " + failure.getMessage(),
        failure);
  }

  private static boolean isDepthExceeded(Throwable failure) {
    int hops = 0;
    for (Throwable t = failure; t != null && hops++ < MAX_CAUSES; t = t.getCause()) {
      // Kryo signals it only by this message (Kryo.beginObject in 5.6.2).
      if (t instanceof KryoException && String.valueOf(t.getMessage()).startsWith("Max depth exceeded")) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    int hops = 0;
    for (Throwable t = failure; t != null && hops++ < MAX_CAUSES; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
