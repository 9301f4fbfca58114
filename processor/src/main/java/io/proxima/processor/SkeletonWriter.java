package io.proxima.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import io.proxima.spi.MethodDescriptor.Kind;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Foo_Skeleton}: one static method per remote method that decodes every argument,
 * then calls the target and encodes its result; an asynchronous method returns the target's future
 * instead, whose value the runtime encodes when it completes.
 */
final class SkeletonWriter {
  private SkeletonWriter() {}

  static JavaFile write(RemoteInterfaceModel model, Element origin) {
    TypeSpec.Builder skeleton = TypeSpec.classBuilder(model.skeleton())
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (RemoteMethod method : model.methods()) {
      skeleton.addMethod(method(model, method));
    }
    return GeneratedCode.file(model.skeleton(), skeleton, origin);
  }

  private static MethodSpec method(RemoteInterfaceModel model, RemoteMethod method) {
    NameAllocator names = new NameAllocator();
    String target = names.newName("target");
    String arguments = names.newName("arguments");
    MethodSpec.Builder code = MethodSpec.methodBuilder(method.skeletonName())
        .addModifiers(Modifier.STATIC)
        .addParameter(model.type(), target)
        .addParameter(GeneratedCode.VALUE_READER, arguments);
    if (method.kind() == Kind.ASYNC) {
      code.returns(GeneratedCode.ANY_COMPLETION_STAGE).addExceptions(method.exceptions());
      CodeBlock invocation = decodeAndInvoke(code, names, method, target, arguments);
      // Null would read as "no such method" to the runtime; fail the call with a message instead.
      String message = String.join(".", model.type().simpleNames()) + "." + method.signature()
          + " returned null instead of a future";
      return code.addStatement("return $T.requireNonNull($L,$W$S)", Objects.class, invocation, message).build();
    }
    String result = names.newName("result");
    code.addParameter(GeneratedCode.VALUE_WRITER, result).addExceptions(method.exceptions());
    CodeBlock invocation = decodeAndInvoke(code, names, method, target, arguments);
    if (method.returnsVoid()) {
      code.addStatement("$L", invocation);
    } else if (GeneratedCode.isPrimitive(method.returnType())) {
      code.addStatement("$N.write$L($L)", result, GeneratedCode.primitiveSuffix(method.returnType()), invocation);
    } else {
      code.addStatement("$N.writeObject($L, $T.class)", result, invocation, method.returnErasure());
    }
    return code.build();
  }

  /** Adds a local per argument, read from {@code arguments}, and returns the call of the target with them. */
  private static CodeBlock decodeAndInvoke(
      MethodSpec.Builder code, NameAllocator names, RemoteMethod method, String target, String arguments) {
    CodeBlock.Builder argumentList = CodeBlock.builder();
    for (Parameter parameter : method.parameters()) {
      String local = names.newName(parameter.name(), parameter);
      if (GeneratedCode.isPrimitive(parameter.type())) {
        code.addStatement("$T $N = $N.read$L()", parameter.type(), local, arguments, GeneratedCode.primitiveSuffix(parameter.type()));
      } else {
        code.addStatement("$T $N = $N.readObject($T.class)", parameter.type(), local, arguments, parameter.erasure());
      }
      argumentList.add(argumentList.isEmpty() ? "$N" : ", $N", local);
    }
    return CodeBlock.of("$N.$N($L)", target, method.name(), argumentList.build());
  }
}
