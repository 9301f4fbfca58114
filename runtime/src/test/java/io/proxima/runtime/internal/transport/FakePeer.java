package io.proxima.runtime.internal.transport;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/** The other end of the connection: a plain socket that says hello, then does what each test says. */
final class FakePeer implements AutoCloseable {
  private final long incarnation;
  private final ServerSocket listening = new ServerSocket();
  private final CompletableFuture<Socket> socket;
  private DataInputStream in;
  private DataOutputStream out;

  /** A peer that says it is node incarnation {@code incarnation}. */
  FakePeer(long incarnation) throws IOException {
    this(incarnation, 0);
  }

  /** A peer whose socket takes in at most about {@code receiveBufferBytes} before it reads them (0: as the system sets). */
  FakePeer(long incarnation, int receiveBufferBytes) throws IOException {
    this.incarnation = incarnation;
    if (receiveBufferBytes > 0) {
      listening.setReceiveBufferSize(receiveBufferBytes); // accepted sockets inherit it
    }
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
    socket = CompletableFuture.supplyAsync(this::acceptAndSayHello);
  }

  int port() {
    return listening.getLocalPort();
  }

  void accepted() {
    Socket accepted = socket.join();
    try {
      in = new DataInputStream(accepted.getInputStream());
      out = new DataOutputStream(accepted.getOutputStream());
      in.readNBytes(Frames.LENGTH_FIELD_BYTES + 1 + Frames.HELLO_BODY_BYTES); // the node's hello
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Socket acceptAndSayHello() {
    try {
      Socket accepted = listening.accept();
      accepted.setTcpNoDelay(true);
      DataOutputStream hello = new DataOutputStream(accepted.getOutputStream());
      hello.writeInt(1 + Frames.HELLO_BODY_BYTES);
      hello.writeByte(Frames.HELLO);
      hello.writeLong(incarnation);
      hello.writeShort(Frames.PROTOCOL_VERSION);
      hello.flush();
      return accepted;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers the next {@code count} requests with their own arguments. */
  CompletableFuture<Void> echoEach(int count) {
    return echoEach(count, 0);
  }

  /** Answers the next {@code count} requests with their own arguments, each {@code delayNanos} after it came. */
  CompletableFuture<Void> echoEach(int count, long delayNanos) {
    return CompletableFuture.runAsync(() -> {
      for (int i = 0; i < count; i++) {
        answer(request -> {
          LockSupport.parkNanos(delayNanos);
          return new ByteArrayFrames().reply(request.callId(), request.arguments()).bytes();
        });
      }
    });
  }

  /**
   * Reads the next {@code count} requests, then answers them with their own arguments, the last
   * first, in two writes: the first {@code splitAt} bytes, and the rest 50 µs later.
   */
  CompletableFuture<Void> echoTogether(int count, int splitAt) {
    return CompletableFuture.runAsync(() -> {
      try {
        List<ReadRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          requests.add(read());
        }
        ByteArrayFrames frames = new ByteArrayFrames();
        for (int i = count - 1; i >= 0; i--) {
          frames.reply(requests.get(i).callId(), requests.get(i).arguments());
        }
        byte[] replies = frames.bytes();
        out.write(replies, 0, splitAt);
        out.flush();
        LockSupport.parkNanos(50_000);
        out.write(replies, splitAt, replies.length - splitAt);
        out.flush();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Answers the next request with the bytes {@code answer} makes, in one write. */
  CompletableFuture<Void> reply(Answer answer) {
    return CompletableFuture.runAsync(() -> answer(answer));
  }

  /** Answers the next request with {@code payload}, written in two pieces {@code pauseMillis} apart. */
  CompletableFuture<Void> replyInTwoPieces(byte[] payload, int splitAt, long pauseMillis) {
    return CompletableFuture.runAsync(() -> {
      try {
        byte[] reply = new ByteArrayFrames().reply(read().callId(), payload).bytes();
        out.write(reply, 0, splitAt);
        out.flush();
        Thread.sleep(pauseMillis);
        out.write(reply, splitAt, reply.length - splitAt);
        out.flush();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  private void answer(Answer answer) {
    try {
      send(answer.to(read()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ReadRequest read() throws IOException {
    int length = in.readInt();
    byte kind = in.readByte();
    if (kind != Frames.REQUEST) {
      throw new IOException("expected a request, got frame kind " + kind);
    }
    long callId = in.readLong();
    in.readNBytes(Frames.REQUEST_HEADER_BYTES - 8);
    return new ReadRequest(callId, in.readNBytes(length - 1 - Frames.REQUEST_HEADER_BYTES));
  }

  @Override
  public void close() throws IOException {
    if (socket.isDone() && !socket.isCompletedExceptionally()) {
      socket.join().close();
    }
    listening.close();
  }

  /** A request as the fake peer read it. */
  record ReadRequest(long callId, byte[] arguments) {}

  /** What the fake peer writes in answer to a request. */
  interface Answer {
    byte[] to(ReadRequest request) throws IOException;
  }
}
