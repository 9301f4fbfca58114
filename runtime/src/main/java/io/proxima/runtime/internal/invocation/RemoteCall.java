package io.proxima.runtime.internal.invocation;

import io.proxima.MarshallingException;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.wire.DecodingException;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.EncodingException;
import io.proxima.runtime.internal.wire.WireReader;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.Call;
import io.proxima.spi.MethodDescriptor;
import java.util.concurrent.CompletableFuture;

/**
 * One call made through a proxy: arguments are encoded on the caller's thread into a pooled
 * buffer, the reply is decoded on the same thread. Failures to encode or decode a value name the
 * method and the endpoint.
 */
final class RemoteCall implements Call {
  private final CallRoute route;
  private final MethodDescriptor method;
  private final WireCodec codec;
  private final WireWriter arguments;
  private Payload reply;
  private WireReader result;

  RemoteCall(CallRoute route, MethodDescriptor method, WireCodec codec) {
    this.route = route;
    this.method = method;
    this.codec = codec;
    this.arguments = codec.newWriter();
  }

  @Override
  public void invoke() {
    reply = route.send(method, arguments);
    result = codec.newReader(reply.array(), reply.offset(), reply.length());
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
    arguments.close();
    if (result != null) {
      result.close();
      reply.release();
    }
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
