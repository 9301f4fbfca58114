package io.proxima.processor;

import static io.proxima.processor.GeneratedCode.CALL;
import static io.proxima.processor.GeneratedCode.INVOKER;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Foo_Proxy}: the client side, which implements the interface by writing the
 * arguments to a {@code Call} and sending it: a synchronous method waits and reads the result, an
 * asynchronous one returns the call's future, a one-way one returns once the call is sent.
 */
final class ProxyWriter {
  private ProxyWriter() {}

  static JavaFile write(RemoteInterfaceModel model, TypeElement origin) {
    // Member types the proxy inherits from the interface hide imports of the same simple name.
    TypeSpec.Builder proxy = TypeSpec.classBuilder(model.proxy())
        .avoidClashesWithNestedClasses(origin)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(GeneratedCode.REMOTE_PROXY)
        .addSuperinterface(model.type())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(INVOKER, "invoker")
            .addStatement("super(invoker)")
            .build());
    for (RemoteMethod method : model.methods()) {
      proxy.addMethod(method(model, method));
    }
    return GeneratedCode.file(model.proxy(), proxy, origin);
  }

  private static MethodSpec method(RemoteInterfaceModel model, RemoteMethod method) {
    MethodSpec.Builder code = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(method.returnType())
        .addExceptions(method.exceptions());
    NameAllocator names = new NameAllocator();
    for (Parameter parameter : method.parameters()) {
      code.addParameter(parameter.type(), names.newName(parameter.name(), parameter));
    }
    code.varargs(method.varargs());
    String call = names.newName("call");
    // A parameter named "invoker" hides the inherited field.
    String invoker = method.parameters().stream().anyMatch(p -> p.name().equals("invoker")) ? "this.invoker" : "invoker";
    code.beginControlFlow("try ($T $N = $L.newCall($T.$N))", CALL, call, invoker, model.descriptor(), method.constantName());
    for (Parameter parameter : method.parameters()) {
      if (GeneratedCode.isPrimitive(parameter.type())) {
        code.addStatement("$N.write$L($N)", call, GeneratedCode.primitiveSuffix(parameter.type()), names.get(parameter));
      } else {
        code.addStatement("$N.writeObject($N, $T.class)", call, names.get(parameter), parameter.erasure());
      }
    }
    switch (method.kind()) {
      case SYNC -> {
        code.addStatement("$N.invoke()", call);
        if (GeneratedCode.isPrimitive(method.returnType())) {
          code.addStatement("return $N.read$L()", call, GeneratedCode.primitiveSuffix(method.returnType()));
        } else if (!method.returnsVoid()) {
          code.addStatement("return $N.readObject($T.class)", call, method.returnErasure());
        }
      }
      case ASYNC -> code.addStatement("return $N.invokeAsync()", call);
      case ONE_WAY -> code.addStatement("$N.invokeOneWay()", call);
    }
    return code.endControlFlow().build();
  }
}
