package io.proxima.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code Foo_Dispatcher}: a switch from method id to skeleton method. */
final class DispatcherWriter {
  private DispatcherWriter() {}

  static JavaFile write(RemoteInterfaceModel model, Element origin) {
    MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(TypeName.INT, "methodId")
        .addParameter(GeneratedCode.VALUE_READER, "arguments")
        .addParameter(GeneratedCode.VALUE_WRITER, "result")
        .addException(Exception.class)
        .beginControlFlow("switch (methodId)");
    for (RemoteMethod method : model.methods()) {
      dispatch.addCode("case $L:\n$>", GeneratedCode.hex(method.id()))
          .addStatement("$T.$N(target, arguments, result)", model.skeleton(), method.skeletonName())
          .addStatement("return true")
          .addCode("$<");
    }
    dispatch.addCode("default:\n$>").addStatement("return false").addCode("$<").endControlFlow();

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
