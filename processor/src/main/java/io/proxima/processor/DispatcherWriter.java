package io.proxima.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.proxima.spi.MethodDescriptor.Kind;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Foo_Dispatcher}: a switch from method id to skeleton method, returning
 * {@code Dispatcher.WRITTEN} once a synchronous or one-way method has run, the target's future
 * for an asynchronous one, and null for an unknown id.
 */
final class DispatcherWriter {
  private DispatcherWriter() {}

  static JavaFile write(RemoteInterfaceModel model, Element origin) {
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(GeneratedCode.ANY_COMPLETION_STAGE)
        .addParameter(TypeName.INT, "methodId")
        .addParameter(GeneratedCode.VALUE_READER, "arguments")
        .addParameter(GeneratedCode.VALUE_WRITER, "result")
        .addException(Exception.class)
        .beginControlFlow("switch (methodId)");
    for (RemoteMethod method : model.methods()) {
      dispatch.addCode("case $L:\n$>", GeneratedCode.hex(method.id()));
      if (method.kind() == Kind.ASYNC) {
        dispatch.addStatement("return $T.$N(target, arguments)", model.skeleton(), method.skeletonName());
      } else {
        dispatch.addStatement("$T.$N(target, arguments, result)", model.skeleton(), method.skeletonName())
            .addStatement("return WRITTEN");
      }
      dispatch.addCode("$<");
    }
    dispatch.addCode("default:\n$>").addStatement("return null").addCode("$<").endControlFlow();

    TypeSpec.Builder dispatcher = TypeSpec.classBuilder(model.dispatcher())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(GeneratedCode.DISPATCHER)
        .addField(model.type(), "target", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(model.type(), "target")
            .addStatement("this.target = target")
            .build())
        .addMethod(dispatch.build());
    return GeneratedCode.file(model.dispatcher(), dispatcher, origin);
  }
}
