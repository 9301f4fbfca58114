package io.proxima.runtime.internal.wire;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Strings as a varint header: 0 for null; twice the UTF-8 byte count plus one, followed by the
 * bytes, for a string new to the message; twice its index plus two for a string equal to the
 * message's new string of that index (see {@link StringTable}).
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
    if (output instanceof WireOutput wire) {
      int earlier = wire.strings.indexOf(value);
      if (earlier >= 0) {
        output.writeVarInt(2 * earlier + 2, true);
        return;
      }
      if (wire.writeAsciiString(value)) {
        return;
      }
    }
    byte[] utf8 = value.getBytes(UTF_8);
    output.writeVarInt(newStringHeader(utf8.length), true);
    output.writeBytes(utf8);
  }

  /** The header of a string new to the message, of {@code utf8Bytes} bytes. */
  static int newStringHeader(int utf8Bytes) {
    return 2 * utf8Bytes + 1;
  }

  static @Nullable String readString(Input input) {
    BoundedInput bounded = BoundedInput.of(input);
    int header = bounded.readVarInt(true);
    if (header == 0) {
      return null;
    }
    if ((header & 1) == 0) {
      return bounded.earlierString((header >>> 1) - 1);
    }
    int length = header >>> 1;
    bounded.checkLength(length, 1, "a string");
    String value = bounded.readUtf8(length);
    bounded.newString(value);
    return value;
  }
}
