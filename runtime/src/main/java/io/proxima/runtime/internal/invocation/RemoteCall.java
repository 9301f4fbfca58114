package io.proxima.runtime.internal.invocation;

import io.proxima.MarshallingException;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.PendingCall;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.EncodingException;
import io.proxima.runtime.internal.wire.WireReader;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.Call;
import io.proxima.spi.MethodDescriptor;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One call made through a proxy: arguments are encoded on the caller's thread into a pooled
 * buffer, the reply is decoded on the same thread. Failures to encode or decode a value name the
 * method and the endpoint.
 *
 * <p>A thread's finished call is kept for its next one ({@link #start}), with the
 * {@link PendingCall} its replies arrive in: a call then allocates nothing of its own. A call
 * started while another is open on the same thread (one made while a result is decoded) gets a
 * new one.
 */
final class RemoteCall implements Call {
  private static final ThreadLocal<RemoteCall> SPARE = new ThreadLocal<>();

  private final PendingCall reply = new PendingCall();
  // Set by start and cleared by close: a spare call holds on to nothing of its last call.
  private CallRoute route;
  private MethodDescriptor method;
  private WireCodec codec;
  private WireWriter arguments;
  private @Nullable Payload received;
  private @Nullable WireReader result;
  private boolean open;

  private RemoteCall() {}

  /** A call of {@code method} along {@code route}, ready for its arguments. */
  static RemoteCall start(CallRoute route, MethodDescriptor method, WireCodec codec) {
    RemoteCall call = SPARE.get();
    if (call == null) {
      call = new RemoteCall();
    } else {
      SPARE.set(null);
    }
    call.route = route;
    call.method = method;
    call.codec = codec;
    call.arguments = codec.newWriter();
    call.open = true;
    return call;
  }

  @Override
  public void invoke() {
    received = route.send(method, arguments, reply);
    result = codec.newReader(received);
  }

  @Override
  public <T> CompletableFuture<T> invokeAsync() {
    return route.sendAsync(method, arguments);
  }

  @Override
  public void invokeOneWay() {
    route.sendOneWay(method, arguments);
  }

  @Override
  public void close() {
    if (!open) {
      return;
    }
    open = false;
    arguments.close();
    if (result != null) {
      result.close();
      result = null;
    }
    if (received != null) {
      received.release();
      received = null;
    }
    route = null;
    method = null;
    codec = null;
    arguments = null;
    SPARE.set(this);
  }

  @Override
  public void writeBoolean(boolean value) {
    arguments.writeBoolean(value);
  }

  @Override
  public void writeByte(byte value) {
    arguments.writeByte(value);
  }

  @Override
  public void writeShort(short value) {
    arguments.writeShort(value);
  }

  @Override
  public void writeChar(char value) {
    arguments.writeChar(value);
  }

  @Override
  public void writeInt(int value) {
    arguments.writeInt(value);
  }

  @Override
  public void writeLong(long value) {
    arguments.writeLong(value);
  }

  @Override
  public void writeFloat(float value) {
    arguments.writeFloat(value);
  }

  @Override
  public void writeDouble(double value) {
    arguments.writeDouble(value);
  }

  @Override
  public void writeObject(Object value, Class<?> declaredType) {
    try {
      arguments.writeObject(value, declaredType);
    } catch (EncodingException e) {
      throw new MarshallingException("cannot send an argument of " + method + " to " + route.endpoint()
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean readBoolean() {
    return result.readBoolean();
  }

  @Override
  public byte readByte() {
    return result.readByte();
  }

  @Override
  public short readShort() {
    return result.readShort();
  }

  @Override
  public char readChar() {
    return result.readChar();
  }

  @Override
  public int readInt() {
    return result.readInt();
  }

  @Override
  public long readLong() {
    return result.readLong();
  }

  @Override
  public float readFloat() {
    return result.readFloat();
  }

  @Override
  public double readDouble() {
    return result.readDouble();
  }

  @Override
  public <T> T readObject(Class<?> declaredType) {
    try {
      return result.readObject(declaredType);
    } catch (DecodingException e) {
      throw new MarshallingException("the result of " + method + " from " + route.endpoint()
          + " was refused: " + e.getMessage(), e);
    }
  }
}
