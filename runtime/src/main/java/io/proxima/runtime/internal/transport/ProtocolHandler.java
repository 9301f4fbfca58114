package io.proxima.runtime.internal.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.proxima.ObjectId;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the frames of one connection (already split by the length-field decoder): hands requests
 * to the node and replies to the calls waiting for them. A frame that does not follow
 * {@link Frames} closes this connection, with the reason logged; the node and its other
 * connections keep working.
 *
 * <p>Stateful (one per connection), not sharable.
 */
final class ProtocolHandler extends ChannelInboundHandlerAdapter {
  private static final Logger log = LoggerFactory.getLogger(ProtocolHandler.class);
  private static final String MALFORMED = "malformed frame: ";

  private final Connection connection;
  private final FrameDecoder frames;
  private final RequestHandler requests;
  private final Peers peers;
  private final long localIncarnation;

  /** @param frames the decoder before this handler, which splits the connection's bytes into frames */
  ProtocolHandler(Connection connection, FrameDecoder frames, RequestHandler requests, Peers peers, long localIncarnation) {
    this.connection = connection;
    this.frames = frames;
    this.requests = requests;
    this.peers = peers;
    this.localIncarnation = localIncarnation;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    connection.sayHello(localIncarnation);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    ByteBuf frame = (ByteBuf) message;
    try {
      String problem = read(frame);
      if (problem != null) {
        closeBecause(ctx, problem);
      }
    } finally {
      frame.release();
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    connection.loopReadDone(frames.holdsPartialFrame());
    ctx.fireChannelReadComplete();
  }

  /** Reads one frame; returns why the connection must close, or null. */
  private @Nullable String read(ByteBuf frame) {
    if (!frame.isReadable()) {
      return MALFORMED + "empty frame";
    }
    byte kind = frame.readByte();
    if (kind != Frames.REPLY) {
      connection.onOtherFrame();
    }
    if (kind == Frames.HELLO) {
      return readHello(frame);
    }
    String malformation = switch (kind) {
      case Frames.REQUEST -> readRequest(frame);
      case Frames.REPLY -> readReply(frame);
      case Frames.CANCEL -> readCancel(frame);
      default -> "unknown frame kind " + kind;
    };
    return malformation == null ? null : MALFORMED + malformation;
  }

  private String readRequest(ByteBuf frame) {
    if (frame.readableBytes() < Frames.REQUEST_HEADER_BYTES) {
      return "request of " + frame.readableBytes() + " bytes is shorter than its header";
    }
    long callId = frame.readLong();
    long incarnation = frame.readLong();
    ObjectId objectId = new ObjectId(frame.readLong(), frame.readLong());
    long fingerprint = frame.readLong();
    int methodId = frame.readInt();
    byte flags = frame.readByte();
    long timeoutNanos = frame.readLong();
    if (timeoutNanos < 0) {
      return "negative timeout " + timeoutNanos;
    }
    Payload arguments = Payload.of(frame);
    requests.onRequest(connection, new Request(callId, new RequestTarget(incarnation, objectId, fingerprint), methodId,
        (flags & Frames.FLAG_ONE_WAY) != 0, System.nanoTime(), timeoutNanos, arguments));
    return null;
  }

  private String readCancel(ByteBuf frame) {
    if (frame.readableBytes() != 8) {
      return "cancel of " + frame.readableBytes() + " bytes instead of 8";
    }
    requests.onCancel(connection, frame.readLong());
    return null;
  }

  private @Nullable String readHello(ByteBuf frame) {
    if (frame.readableBytes() != Frames.HELLO_BODY_BYTES) {
      // Before protocol versions, a hello held only the 8 bytes of the incarnation.
      return MALFORMED + "hello of " + frame.readableBytes() + " bytes instead of " + Frames.HELLO_BODY_BYTES
          + "; the peer may run an earlier Proxima, whose hello names no protocol version";
    }
    long incarnation = frame.readLong();
    short version = frame.readShort();
    if (version != Frames.PROTOCOL_VERSION) {
      return "the peer speaks Proxima protocol version " + version + " and this node version "
          + Frames.PROTOCOL_VERSION + "; run one Proxima version at both ends";
    }
    if (!connection.helloFrom(incarnation)) {
      return MALFORMED + "a second hello naming another node incarnation";
    }
    peers.arrived(incarnation, connection);
    return null;
  }

  private String readReply(ByteBuf frame) {
    if (frame.readableBytes() < Frames.REPLY_HEADER_BYTES) {
      return "reply of " + frame.readableBytes() + " bytes is shorter than its header";
    }
    long callId = frame.readLong();
    byte code = frame.readByte();
    ReplyStatus status = ReplyStatus.ofCode(code);
    if (status == null) {
      return "unknown reply status " + code;
    }
    connection.onReply(callId, status, frame);
    return null;
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    Long peer = connection.peerIncarnation();
    if (peer != null) {
      peers.left(peer, connection);
    }
    connection.closed(new ConnectionLoss("the connection to " + ctx.channel().remoteAddress() + " closed", false));
    ctx.fireChannelInactive();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      log.debug("connection to {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
      ctx.close();
    } else if (cause instanceof TooLongFrameException) {
      closeBecause(ctx, cause.getMessage());
    } else {
      log.warn("closing connection to {} after an unexpected failure", ctx.channel().remoteAddress(), cause);
      ctx.close();
    }
  }

  private void closeBecause(ChannelHandlerContext ctx, String reason) {
    log.warn("closing connection to {}: {}", ctx.channel().remoteAddress(), reason);
    connection.closed(new ConnectionLoss("the connection to " + ctx.channel().remoteAddress() + " was closed: " + reason, false));
    ctx.close();
  }
}
