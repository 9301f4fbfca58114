package io.proxima.runtime.internal.invocation;

import io.proxima.RemoteRef;
import io.proxima.runtime.internal.transport.Connection;
import io.proxima.runtime.internal.transport.Endpoint;
import io.proxima.runtime.internal.transport.Payload;
import io.proxima.runtime.internal.transport.PendingCall;
import io.proxima.runtime.internal.transport.Transport;
import io.proxima.runtime.internal.transport.RequestTarget;
import io.proxima.runtime.internal.wire.WireCodec;
import io.proxima.runtime.internal.wire.WireWriter;
import io.proxima.spi.Call;
import io.proxima.spi.Invoker;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The client side of one remote reference: what a proxy calls. Requests carry the local
 * interface's fingerprint, so the server can tell when the two sides were compiled against
 * different versions.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientInvoker implements Invoker, CallRoute {
  private final RemoteRef ref;
  private final RemoteInterface<?> type;
  private final RequestTarget target;
  private final OutgoingCalls calls;
  private final @Nullable Endpoint endpoint;
  /** The connection the last call took; calls reuse it while it is open. */
  private volatile @Nullable Connection connection;

  public ClientInvoker(RemoteRef ref, RemoteInterface<?> localType, OutgoingCalls calls) {
    this.ref = ref;
    this.type = localType;
    this.target = new RequestTarget(ref.incarnation(), ref.objectId(), localType.fingerprint());
    this.calls = calls;
    this.endpoint = ref.isListening() ? new Endpoint(ref.host(), ref.port()) : null;
  }

  /** The open connection to the reference's node: the last one used, or one found or made now. */
  Connection connection(Transport transport, Object purpose) {
    Connection last = connection;
    if (last != null && last.isOpen()) {
      return last;
    }
    Connection found = transport.connection(ref.incarnation(), endpoint, purpose);
    connection = found;
    return found;
  }

  @Override
  public RemoteRef ref() {
    return ref;
  }

  RequestTarget target() {
    return target;
  }

  WireCodec codec() {
    return calls.codec();
  }

  /** The local remote interface calls are made through. */
  RemoteInterface<?> type() {
    return type;
  }

  @Override
  public Call newCall(MethodDescriptor method) {
    return RemoteCall.start(this, method, calls.codec());
  }

  @Override
  public Payload send(MethodDescriptor method, WireWriter arguments, PendingCall call) {
    return calls.send(this, method, arguments, call);
  }

  @Override
  public <T> CompletableFuture<T> sendAsync(MethodDescriptor method, WireWriter arguments) {
    return calls.sendAsync(this, method, arguments);
  }

  @Override
  public void sendOneWay(MethodDescriptor method, WireWriter arguments) {
    calls.sendOneWay(this, method, arguments);
  }

  @Override
  public String endpoint() {
    return ref.endpoint();
  }
}
