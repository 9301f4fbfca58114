package io.proxima.spi;

import java.util.List;

/**
 * One remote method, as generated code describes it to the runtime.
 *
 * @param remoteInterface the interface that declares the method
 * @param signature the method's name and erased parameter types, such as {@code deposit(long)}
 * @param id a stable hash of {@code signature}; unique within the interface (checked at compile
 *     time)
 * @param exceptionTypes the checked and unchecked exceptions the method declares
 * @param kind how the call is made and answered
 * @param timeoutMillis the method's {@code @Timeout}, or 0 for the node's default
 * @param idempotent whether the method is {@code @Idempotent}: a failed call may be retried, also
 *     against another replica (at-least-once); otherwise it is at-most-once
 * @param asyncResultType for {@link Kind#ASYNC} methods, the erasure of the future's value type
 *     ({@code Void} for {@code CompletableFuture<Void>}); {@code void.class} otherwise
 */
public record MethodDescriptor(
    Class<?> remoteInterface,
    String signature,
    int id,
    List<Class<? extends Throwable>> exceptionTypes,
    Kind kind,
    long timeoutMillis,
    boolean idempotent,
    Class<?> asyncResultType) {

  /** How a method is called. */
  public enum Kind {
    /** The caller waits for the result (at-most-once, or at-least-once when {@code idempotent}). */
    SYNC,
    /** The method returns a {@code CompletableFuture} or {@code CompletionStage}; the caller does not wait. */
    ASYNC,
    /** {@code @OneWay}: sent, never answered. */
    ONE_WAY
  }

  public MethodDescriptor {
    exceptionTypes = List.copyOf(exceptionTypes);
    if (timeoutMillis < 0) {
      throw new IllegalArgumentException("timeoutMillis must not be negative, got " + timeoutMillis);
    }
    if (idempotent && kind == Kind.ONE_WAY) {
      throw new IllegalArgumentException("one-way method " + signature
          + " cannot be idempotent: it is never answered, so never retried");
    }
  }

  /** Describes a method whose caller waits for its result. */
  public static MethodDescriptor sync(
      Class<?> remoteInterface, String signature, int id, List<Class<? extends Throwable>> exceptionTypes) {
    return new MethodDescriptor(remoteInterface, signature, id, exceptionTypes, Kind.SYNC, 0, false, void.class);
  }

  /** Describes a method that returns a future of {@code resultType}. */
  public static MethodDescriptor async(Class<?> remoteInterface, String signature, int id,
      List<Class<? extends Throwable>> exceptionTypes, Class<?> resultType) {
    return new MethodDescriptor(remoteInterface, signature, id, exceptionTypes, Kind.ASYNC, 0, false, resultType);
  }

  /** Describes a {@code @OneWay} method. */
  public static MethodDescriptor oneWay(Class<?> remoteInterface, String signature, int id) {
    return new MethodDescriptor(remoteInterface, signature, id, List.of(), Kind.ONE_WAY, 0, false, void.class);
  }

  /** Returns this descriptor with a {@code @Timeout}. */
  public MethodDescriptor withTimeoutMillis(long millis) {
    return new MethodDescriptor(remoteInterface, signature, id, exceptionTypes, kind, millis, idempotent, asyncResultType);
  }

  /** Returns this descriptor marked {@code @Idempotent}. */
  public MethodDescriptor asIdempotent() {
    return new MethodDescriptor(remoteInterface, signature, id, exceptionTypes, kind, timeoutMillis, true, asyncResultType);
  }

  /**
   * Whether {@code thrown} may reach the caller as itself: an unchecked exception, or one the
   * method declares. Anything else (an {@code Error}, an undeclared checked exception) is wrapped.
   */
  public boolean mayThrow(Throwable thrown) {
    if (thrown instanceof RuntimeException) {
      return true;
    }
    for (Class<? extends Throwable> declared : exceptionTypes) {
      if (declared.isInstance(thrown)) {
        return true;
      }
    }
    return false;
  }

  // equals and hashCode are written out: a record's own are bound through method handles on their
  // first use, which costs a fresh JVM tens of milliseconds when it exports its first object.
  @Override
  public boolean equals(Object other) {
    return other instanceof MethodDescriptor method
        && method.remoteInterface == remoteInterface
        && method.id == id
        && method.signature.equals(signature)
        && method.exceptionTypes.equals(exceptionTypes)
        && method.kind == kind
        && method.timeoutMillis == timeoutMillis
        && method.idempotent == idempotent
        && method.asyncResultType == asyncResultType;
  }

  @Override
  public int hashCode() {
    return remoteInterface.hashCode() * 31 + id;
  }

  /** Returns {@code Interface.signature}, the form used in error messages. */
  @Override
  public String toString() {
    return remoteInterface.getSimpleName() + "." + signature;
  }
}
