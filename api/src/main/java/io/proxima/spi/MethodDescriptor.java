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
 */
public record MethodDescriptor(
    Class<?> remoteInterface, String signature, int id, List<Class<? extends Throwable>> exceptionTypes) {

  public MethodDescriptor {
    exceptionTypes = List.copyOf(exceptionTypes);
  }

  /** Returns {@code Interface.signature}, the form used in error messages. */
  @Override
  public String toString() {
    return remoteInterface.getSimpleName() + "." + signature;
  }
}
