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
 * REQUEST  +---------+-------------+-------------+-------------+----------+-------+-----------+-----------+
 * body     | callId  | incarnation | objectId    | fingerprint | methodId | flags | timeout   | arguments |
 *          | (int64) | (int64)     | (2 x int64) | (int64)     | (int32)  | (int8)| (int64 ns)| (Kryo)    |
 *          +---------+-------------+-------------+-------------+----------+-------+-----------+-----------+
 *          flags: bit 0 = one-way (no reply is sent). timeout: what is left of the caller's
 *          deadline when the request was written; the server counts it from the request's arrival.
 *
 * REPLY    +-----------+--------+-------------------------------------------------------+
 * body     | callId    | status | payload: result (Kryo) for OK, the exception (Java     |
 *          | (int64)   | (int8) | serialization, filtered) for THROWN, else UTF-8 detail |
 *          +-----------+--------+-------------------------------------------------------+
 *
 * CANCEL   +-----------+
 * body     | callId    |   the caller gave up on the call: skip it, or interrupt it if running
 *          | (int64)   |
 *          +-----------+
 *
 * HELLO    +-------------+----------+
 * body     | incarnation | protocol |   the first frame each side sends: which node incarnation
 *          | (int64)     | (int16)  |   is at this end, so that calls to its objects can travel
 *          +-------------+----------+   over this connection, and which protocol version it speaks
 * </pre>
 *
 * The length counts the kind byte and the body and is bounded by the node's maximum frame size;
 * a longer declared length closes the connection before anything is allocated.
 *
 * <p>{@link #PROTOCOL_VERSION} names this layout together with the encoding of the values inside
 * it; a change to either takes a new version, so that nodes of different versions close the
 * connection with that reason instead of misreading each other.
 */
public final class Frames {
  private Frames() {}

  public static final int LENGTH_FIELD_BYTES = 4;
  public static final byte REQUEST = 1;
  public static final byte REPLY = 2;
  public static final byte CANCEL = 3;
  public static final byte HELLO = 4;

  /** The version of the protocol this node speaks, announced in its hello. */
  public static final short PROTOCOL_VERSION = 1;
  /** Bytes of a hello body: the incarnation and the protocol version. */
  public static final int HELLO_BODY_BYTES = 8 + 2;

  /** The flag of a request whose caller expects no reply. */
  public static final byte FLAG_ONE_WAY = 1;

  /** Bytes of a request body before the arguments. */
  public static final int REQUEST_HEADER_BYTES = 8 + 8 + 16 + 8 + 4 + 1 + 8;
  /** Bytes of a reply body before the payload. */
  public static final int REPLY_HEADER_BYTES = 8 + 1;

  /** Writes a complete request frame, copying the arguments into it. */
  public static ByteBuf request(ByteBufAllocator allocator, long callId, RequestTarget target, int methodId, byte flags,
      long timeoutNanos, MessageBody arguments) {
    int frameLength = 1 + REQUEST_HEADER_BYTES + arguments.length();
    ByteBuf frame = SmallFrames.take(allocator, LENGTH_FIELD_BYTES + frameLength);
    frame.writeInt(frameLength)
        .writeByte(REQUEST)
        .writeLong(callId)
        .writeLong(target.incarnation())
        .writeLong(target.objectId().high())
        .writeLong(target.objectId().low())
        .writeLong(target.fingerprint())
        .writeInt(methodId)
        .writeByte(flags)
        .writeLong(timeoutNanos);
    arguments.writeTo(frame);
    return frame;
  }

  /** Writes a complete reply frame, copying the payload into it. */
  public static ByteBuf reply(ByteBufAllocator allocator, long callId, ReplyStatus status, MessageBody payload) {
    int frameLength = 1 + REPLY_HEADER_BYTES + payload.length();
    ByteBuf frame = SmallFrames.take(allocator, LENGTH_FIELD_BYTES + frameLength);
    frame.writeInt(frameLength).writeByte(REPLY).writeLong(callId).writeByte(status.code());
    payload.writeTo(frame);
    return frame;
  }

  /** Writes a cancel frame for call {@code callId}. */
  public static ByteBuf cancel(ByteBufAllocator allocator, long callId) {
    return allocator.ioBuffer(LENGTH_FIELD_BYTES + 9).writeInt(9).writeByte(CANCEL).writeLong(callId);
  }

  /** Writes the hello frame of the node incarnation {@code incarnation}, in this node's protocol version. */
  public static ByteBuf hello(ByteBufAllocator allocator, long incarnation) {
    int frameLength = 1 + HELLO_BODY_BYTES;
    return allocator.ioBuffer(LENGTH_FIELD_BYTES + frameLength)
        .writeInt(frameLength)
        .writeByte(HELLO)
        .writeLong(incarnation)
        .writeShort(PROTOCOL_VERSION);
  }

  /** Writes a reply frame whose payload is a human-readable detail. */
  public static ByteBuf reply(ByteBufAllocator allocator, long callId, ReplyStatus status, String detail) {
    return reply(allocator, callId, status, MessageBody.of(detail.getBytes(StandardCharsets.UTF_8)));
  }
}
