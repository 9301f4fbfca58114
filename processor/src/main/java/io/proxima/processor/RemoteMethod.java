package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
 * @param returnText the full generic result type with binary names, for the fingerprint
 * @param exceptions the declared exception classes, in declaration order
 * @param varargs whether the last parameter is variable arity
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
    String returnText,
    List<ClassName> exceptions,
    boolean varargs) {

  RemoteMethod {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  boolean returnsVoid() {
    return returnType.equals(TypeName.VOID);
  }
}
