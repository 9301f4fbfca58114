package io.proxima.runtime.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Frames written into bytes, to be sent in one write. */
final class ByteArrayFrames {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DataOutputStream out = new DataOutputStream(bytes);

  ByteArrayFrames reply(long callId, byte[] payload) throws IOException {
    out.writeInt(1 + Frames.REPLY_HEADER_BYTES + payload.length);
    out.writeByte(Frames.REPLY);
    out.writeLong(callId);
    out.writeByte(ReplyStatus.OK.code());
    out.write(payload);
    return this;
  }

  ByteArrayFrames request(long callId, int methodId, byte[] arguments) throws IOException {
    out.writeInt(1 + Frames.REQUEST_HEADER_BYTES + arguments.length);
    out.writeByte(Frames.REQUEST);
    out.writeLong(callId);
    out.writeLong(1); // the client's incarnation
    out.writeLong(0);
    out.writeLong(0);
    out.writeLong(0);
    out.writeInt(methodId);
    out.writeByte(0);
    out.writeLong(TimeUnit.SECONDS.toNanos(10));
    out.write(arguments);
    return this;
  }

  byte[] bytes() {
    return bytes.toByteArray();
  }
}
