package io.proxima.processor;

import io.proxima.ObjectId;
import io.proxima.RemoteRef;
import io.proxima.spi.Call;
import io.proxima.spi.Dispatcher;
import io.proxima.spi.Invoker;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.MethodDescriptor.Kind;
import io.proxima.spi.ValueReader;
import io.proxima.spi.ValueWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Connects a generated proxy to a generated dispatcher in memory: arguments and results travel
 * through queues of tagged values, so a read of another kind or declared type than was written
 * fails the test. A call sent with the {@code invoke} method of another kind than its descriptor's,
 * or dispatched as another kind, fails the test too.
 */
final class LoopbackInvoker implements Invoker {
  private final Dispatcher dispatcher;
  private final RemoteRef ref;
  private final List<MethodDescriptor> calls = new ArrayList<>();
  private final List<Throwable> oneWayFailures = new ArrayList<>();

  LoopbackInvoker(Dispatcher dispatcher, String interfaceName, long fingerprint) {
    this.dispatcher = dispatcher;
    this.ref = new RemoteRef("localhost", 7000, 1L, ObjectId.random(), interfaceName, fingerprint);
  }

  /** The methods called so far, in order. */
  List<MethodDescriptor> calls() {
    return calls;
  }

  /** What one-way calls threw on the "server"; a runtime would only log them. */
  List<Throwable> oneWayFailures() {
    return oneWayFailures;
  }

  @Override
  public RemoteRef ref() {
    return ref;
  }

  @Override
  public Call newCall(MethodDescriptor method) {
    calls.add(method);
    return new LoopbackCall(method);
  }

  private final class LoopbackCall implements Call {
    private final MethodDescriptor method;
    private final Values arguments = new Values();
    private Values result;
    private boolean sent;

    LoopbackCall(MethodDescriptor method) {
      this.method = method;
    }

    @Override
    public void invoke() {
      send(Kind.SYNC);
      Values reply = new Values();
      try {
        expectWritten(dispatcher.dispatch(method.id(), arguments, reply));
      } catch (Exception e) {
        throw LoopbackInvoker.<RuntimeException>sneaky(e);
      }
      expectArgumentsRead();
      result = reply;
    }

    @Override
    public <T> CompletableFuture<T> invokeAsync() {
      send(Kind.ASYNC);
      CompletableFuture<T> future = new CompletableFuture<>();
      Values reply = new Values();
      CompletionStage<?> outcome;
      try {
        outcome = dispatcher.dispatch(method.id(), arguments, reply);
      } catch (Exception e) {
        // The target threw instead of returning a future: the caller's future fails with it.
        future.completeExceptionally(e);
        return future;
      }
      if (outcome == null || outcome == Dispatcher.WRITTEN) {
        throw new AssertionError(method + " is asynchronous but was dispatched as " + (outcome == null ? "unknown" : "synchronous"));
      }
      if (!reply.isEmpty()) {
        throw new AssertionError(method + " wrote a result instead of returning a future: " + reply);
      }
      expectArgumentsRead();
      outcome.whenComplete((value, failure) -> {
        if (failure != null) {
          future.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
        } else {
          // As the runtime does: the value travels as the descriptor's result type.
          Values encoded = new Values();
          encoded.writeObject(value, method.asyncResultType());
          future.complete(encoded.readObject(method.asyncResultType()));
        }
      });
      return future;
    }

    @Override
    public void invokeOneWay() {
      send(Kind.ONE_WAY);
      Values reply = new Values();
      try {
        expectWritten(dispatcher.dispatch(method.id(), arguments, reply));
      } catch (Exception e) {
        oneWayFailures.add(e);
      }
      expectArgumentsRead();
      if (!reply.isEmpty()) {
        throw new AssertionError(method + " is one-way but wrote a result: " + reply);
      }
    }

    private void send(Kind kind) {
      if (method.kind() != kind) {
        throw new AssertionError(method + " is " + method.kind() + " but was sent as " + kind);
      }
      if (sent) {
        throw new AssertionError(method + " was sent twice");
      }
      sent = true;
    }

    private void expectWritten(CompletionStage<?> outcome) {
      if (outcome == null) {
        throw new AssertionError("no method with id " + method.id() + " for " + method);
      }
      if (outcome != Dispatcher.WRITTEN) {
        throw new AssertionError(method + " is " + method.kind() + " but the dispatcher returned a future");
      }
    }

    private void expectArgumentsRead() {
      if (!arguments.isEmpty()) {
        throw new AssertionError(method + " left arguments unread: " + arguments);
      }
    }

    @Override
    public void close() {}

    private Values result() {
      if (result == null) {
        throw new AssertionError(method + ": result read before invoke()");
      }
      return result;
    }

    @Override public void writeBoolean(boolean value) { arguments.writeBoolean(value); }
    @Override public void writeByte(byte value) { arguments.writeByte(value); }
    @Override public void writeShort(short value) { arguments.writeShort(value); }
    @Override public void writeChar(char value) { arguments.writeChar(value); }
    @Override public void writeInt(int value) { arguments.writeInt(value); }
    @Override public void writeLong(long value) { arguments.writeLong(value); }
    @Override public void writeFloat(float value) { arguments.writeFloat(value); }
    @Override public void writeDouble(double value) { arguments.writeDouble(value); }
    @Override public void writeObject(Object value, Class<?> declaredType) { arguments.writeObject(value, declaredType); }
    @Override public boolean readBoolean() { return result().readBoolean(); }
    @Override public byte readByte() { return result().readByte(); }
    @Override public short readShort() { return result().readShort(); }
    @Override public char readChar() { return result().readChar(); }
    @Override public int readInt() { return result().readInt(); }
    @Override public long readLong() { return result().readLong(); }
    @Override public float readFloat() { return result().readFloat(); }
    @Override public double readDouble() { return result().readDouble(); }
    @Override public <T> T readObject(Class<?> declaredType) { return result().readObject(declaredType); }
  }

  /** One message: values tagged with the kind, or the declared type, they were written as. */
  private static final class Values implements ValueWriter, ValueReader {
    private record Tagged(String tag, Object value) {}

    private final Queue<Tagged> queue = new ArrayDeque<>();

    boolean isEmpty() {
      return queue.isEmpty();
    }

    @Override
    public String toString() {
      return queue.toString();
    }

    private void write(String tag, Object value) {
      queue.add(new Tagged(tag, value));
    }

    private Object read(String tag) {
      Tagged next = queue.poll();
      if (next == null || !next.tag().equals(tag)) {
        throw new AssertionError("read " + tag + " but the next value is " + next);
      }
      return next.value();
    }

    @Override public void writeBoolean(boolean value) { write("boolean", value); }
    @Override public void writeByte(byte value) { write("byte", value); }
    @Override public void writeShort(short value) { write("short", value); }
    @Override public void writeChar(char value) { write("char", value); }
    @Override public void writeInt(int value) { write("int", value); }
    @Override public void writeLong(long value) { write("long", value); }
    @Override public void writeFloat(float value) { write("float", value); }
    @Override public void writeDouble(double value) { write("double", value); }
    @Override public void writeObject(Object value, Class<?> declaredType) { write(declaredType.getName(), value); }
    @Override public boolean readBoolean() { return (Boolean) read("boolean"); }
    @Override public byte readByte() { return (Byte) read("byte"); }
    @Override public short readShort() { return (Short) read("short"); }
    @Override public char readChar() { return (Character) read("char"); }
    @Override public int readInt() { return (Integer) read("int"); }
    @Override public long readLong() { return (Long) read("long"); }
    @Override public float readFloat() { return (Float) read("float"); }
    @Override public double readDouble() { return (Double) read("double"); }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T readObject(Class<?> declaredType) {
      return (T) read(declaredType.getName());
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable e) throws E {
    throw (E) e;
  }
}
