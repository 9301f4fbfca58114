package io.proxima.runtime.internal.wire;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Strings as a varint of the UTF-8 byte count plus one (0 is null) followed by the bytes.
 *
 * <p>Replaces Kryo's string encoding, whose UTF-8 form declares a char count that Kryo allocates
 * before reading: here the declared byte count is checked against the bytes available, and the
 * string is decoded straight from the message buffer. A short ASCII string is also encoded
 * straight into it, without an array of its own bytes on the way. Unpaired surrogates, which are
 * not valid UTF-16, arrive as {@code '?'}.
 */
final class Utf8StringSerializer extends ImmutableSerializer<String> {

  Utf8StringSerializer() {
    setAcceptsNull(true);
  }

  @Override
  public void write(Kryo kryo, Output output, @Nullable String value) {
    writeString(output, value);
  }

  @Override
  public @Nullable String read(Kryo kryo, Input input, Class<? extends String> type) {
    return readString(input);
  }

  static void writeString(Output output, @Nullable String value) {
    if (value == null) {
      output.writeVarInt(0, true);
      return;
    }
    if (output instanceof WireOutput wire && wire.writeAsciiString(value)) {
      return;
    }
    byte[] utf8 = value.getBytes(UTF_8);
    output.writeVarInt(utf8.length + 1, true);
    output.writeBytes(utf8);
  }

  static @Nullable String readString(Input input) {
    BoundedInput bounded = BoundedInput.of(input);
    int length = bounded.readLength(1, "a string");
    if (length < 0) {
      return null;
    }
    String value = new String(bounded.getBuffer(), bounded.position(), length, UTF_8);
    bounded.setPosition(bounded.position() + length);
    return value;
  }
}
