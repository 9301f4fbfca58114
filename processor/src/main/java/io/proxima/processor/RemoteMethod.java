package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.proxima.spi.MethodDescriptor.Kind;
import java.util.List;

/**
 * One remote method, with every name and number the generated code uses for it.
 *
 * @param name the method's name
 * @param signature the name and erased parameter types, such as {@code find(java.lang.String,int[])}
 * @param id the method id derived from {@code signature}
 * @param constantName the {@code MethodDescriptor} constant in {@code Foo_Descriptor}
 * @param skeletonName the static method in {@code Foo_Skeleton}
 * @param parameters the parameters, in order
 * @param returnType the declared result type ({@code void} included)
 * @param returnErasure the erasure of {@code returnType}
 * @param resultText the result as the fingerprint sees it, with binary names: the full generic
 *     result type, or for an asynchronous method the future's value type
 * @param exceptions the declared exception classes, in declaration order (none for one-way methods)
 * @param varargs whether the last parameter is variable arity
 * @param kind how the method is called: {@code @OneWay}, asynchronous (it returns a
 *     {@code CompletableFuture} or {@code CompletionStage}) or synchronous
 * @param asyncResultType for an asynchronous method, the erasure of the future's value type
 *     ({@code Object} for a raw future or {@code ?}); {@code void} otherwise
 * @param timeoutMillis the {@code @Timeout} that applies to the method, or 0 for none
 * @param idempotent whether the method is {@code @Idempotent}, so that a failed call may be retried
 */
record RemoteMethod(
    String name,
    String signature,
    int id,
    String constantName,
    String skeletonName,
    List<Parameter> parameters,
    TypeName returnType,
    TypeName returnErasure,
    String resultText,
    List<ClassName> exceptions,
    boolean varargs,
    Kind kind,
    TypeName asyncResultType,
    long timeoutMillis,
    boolean idempotent) {

  RemoteMethod {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  boolean returnsVoid() {
    return returnType.equals(TypeName.VOID);
  }
}
