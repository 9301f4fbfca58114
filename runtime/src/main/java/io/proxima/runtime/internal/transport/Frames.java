package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The layout of Proxima's frames. Every frame is length-prefixed; all integers are big-endian.
 *
 * <pre>
 * frame    +----------------+--------+--------------------------------------------+
 *          | length (int32) | kind   | body                                       |
 *          | bytes after it | (int8) |                                            |
 *          +----------------+--------+--------------------------------------------+
 *
 * REQUEST  +-----------+-------------+----------------+-------------+----------+-----------+
 * body     | callId    | incarnation | objectId       | fingerprint | methodId | arguments |
 *          | (int64)   | (int64)     | (2 x int64)    | (int64)     | (int32)  | (Kryo)    |
 *          +-----------+-------------+----------------+-------------+----------+-----------+
 *
 * REPLY    +-----------+--------+-------------------------------------------------------+
 * body     | callId    | status | payload: result (Kryo) for OK, the exception (Java     |
 *          | (int64)   | (int8) | serialization, filtered) for THROWN, else UTF-8 detail |
 *          +-----------+--------+-------------------------------------------------------+
 * </pre>
 *
 * The length counts the kind byte and the body and is bounded by the node's maximum frame size;
 * a longer declared length closes the connection before anything is allocated.
 */
public final class Frames {
  private Frames() {}

  public static final int LENGTH_FIELD_BYTES = 4;
  public static final byte REQUEST = 1;
  public static final byte REPLY = 2;

  /** Bytes of a request body before the arguments. */
  public static final int REQUEST_HEADER_BYTES = 8 + 8 + 16 + 8 + 4;
  /** Bytes of a reply body before the payload. */
  public static final int REPLY_HEADER_BYTES = 8 + 1;

  /** Writes a complete request frame; the arguments are copied from {@code arguments[0, length)}. */
  public static ByteBuf request(
      ByteBufAllocator allocator, long callId, RequestTarget target, int methodId, byte[] arguments, int length) {
    int frameLength = 1 + REQUEST_HEADER_BYTES + length;
    ByteBuf frame = allocator.ioBuffer(LENGTH_FIELD_BYTES + frameLength);
    frame.writeInt(frameLength)
        .writeByte(REQUEST)
        .writeLong(callId)
        .writeLong(target.incarnation())
        .writeLong(target.objectId().high())
        .writeLong(target.objectId().low())
        .writeLong(target.fingerprint())
        .writeInt(methodId)
        .writeBytes(arguments, 0, length);
    return frame;
  }

  /** Writes a complete reply frame whose payload is {@code payload[0, length)}. */
  public static ByteBuf reply(ByteBufAllocator allocator, long callId, ReplyStatus status, byte[] payload, int length) {
    int frameLength = 1 + REPLY_HEADER_BYTES + length;
    ByteBuf frame = allocator.ioBuffer(LENGTH_FIELD_BYTES + frameLength);
    frame.writeInt(frameLength).writeByte(REPLY).writeLong(callId).writeByte(status.code()).writeBytes(payload, 0, length);
    return frame;
  }

  /** Writes a reply frame whose payload is a human-readable detail. */
  public static ByteBuf reply(ByteBufAllocator allocator, long callId, ReplyStatus status, String detail) {
    byte[] payload = detail.getBytes(StandardCharsets.UTF_8);
    return reply(allocator, callId, status, payload, payload.length);
  }
}
