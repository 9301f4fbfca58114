package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Foo_Descriptor}, the {@code RemoteInterface} that the runtime finds through the
 * service index: method descriptors, fingerprint, value types and factories.
 */
final class DescriptorWriter {
  private static final ClassName LIST = ClassName.get(List.class);
  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  private DescriptorWriter() {}

  static JavaFile write(RemoteInterfaceModel model, Element origin) {
    TypeSpec.Builder descriptor = TypeSpec.classBuilder(model.descriptor())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(GeneratedCode.REMOTE_INTERFACE, model.type()))
        .addField(FieldSpec.builder(TypeName.LONG, "FINGERPRINT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("$L", String.format("0x%016xL", model.fingerprint()))
            .build());
    for (RemoteMethod method : model.methods()) {
      descriptor.addField(methodConstant(model, method));
    }
    descriptor.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
        .addMethod(override("type", ParameterizedTypeName.get(ClassName.get(Class.class), model.type()))
            .addStatement("return $T.class", model.type())
            .build())
        .addMethod(override("fingerprint", TypeName.LONG).addStatement("return FINGERPRINT").build())
        .addMethod(override("methods", ParameterizedTypeName.get(LIST, GeneratedCode.METHOD_DESCRIPTOR))
            .addStatement("return $T.of($L)", LIST, join(model.methods().stream()
                .map(method -> CodeBlock.of("$N", method.constantName())).toList()))
            .build())
        .addMethod(override("valueTypes", ParameterizedTypeName.get(LIST, ANY_CLASS))
            .addStatement("return $T.of($L)", LIST, classLiterals(model.valueTypes().stream()
                .map(ValueType::className).toList()))
            .build())
        .addMethods(valueCodecs(model, descriptor))
        .addMethod(override("newProxy", model.type())
            .addParameter(GeneratedCode.INVOKER, "invoker")
            .addStatement("return new $T(invoker)", model.proxy())
            .build())
        .addMethod(override("newDispatcher", GeneratedCode.DISPATCHER)
            .addParameter(model.type(), "target")
            .addStatement("return new $T(target)", model.dispatcher())
            .build());
    return GeneratedCode.file(model.descriptor(), descriptor, origin);
  }

  /** {@code valueCodecs()}, with a nested codec class per record, when there are records. */
  private static List<MethodSpec> valueCodecs(RemoteInterfaceModel model, TypeSpec.Builder descriptor) {
    List<TypeSpec> codecs = RecordCodecWriter.codecs(model.valueTypes(), new NameAllocator());
    if (codecs.isEmpty()) {
      return List.of();
    }
    descriptor.addTypes(codecs);
    TypeName anyCodec = ParameterizedTypeName.get(ClassName.get(GeneratedCode.SPI, "ValueCodec"),
        WildcardTypeName.subtypeOf(Object.class));
    return List.of(override("valueCodecs", ParameterizedTypeName.get(LIST, anyCodec))
        .addStatement("return $T.of($L)", LIST, join(codecs.stream()
            .map(codec -> CodeBlock.of("new $N()", codec)).toList()))
        .build());
  }

  /**
   * {@code MethodDescriptor.sync(...)}, {@code .async(...)} or {@code .oneWay(...)}, then its timeout
   * if any, then {@code .asIdempotent()} if it is idempotent.
   */
  private static FieldSpec methodConstant(RemoteInterfaceModel model, RemoteMethod method) {
    TypeName descriptor = GeneratedCode.METHOD_DESCRIPTOR;
    String id = GeneratedCode.hex(method.id());
    CodeBlock.Builder initializer = CodeBlock.builder();
    switch (method.kind()) {
      case SYNC -> initializer.add("$T.sync($T.class, $S, $L, $T.of($L))",
          descriptor, model.type(), method.signature(), id, LIST, classLiterals(method.exceptions()));
      case ASYNC -> initializer.add("$T.async($T.class, $S, $L, $T.of($L), $T.class)",
          descriptor, model.type(), method.signature(), id, LIST, classLiterals(method.exceptions()),
          method.asyncResultType());
      case ONE_WAY -> initializer.add("$T.oneWay($T.class, $S, $L)", descriptor, model.type(), method.signature(), id);
    }
    if (method.timeoutMillis() > 0) {
      long millis = method.timeoutMillis();
      initializer.add(".withTimeoutMillis($L)", millis <= Integer.MAX_VALUE ? Long.toString(millis) : millis + "L");
    }
    if (method.idempotent()) {
      initializer.add(".asIdempotent()");
    }
    return FieldSpec.builder(descriptor, method.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer.build())
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returnType) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returnType);
  }

  private static CodeBlock classLiterals(List<ClassName> classes) {
    return join(classes.stream().map(type -> CodeBlock.of("$T.class", type)).toList());
  }

  private static CodeBlock join(List<CodeBlock> blocks) {
    return CodeBlock.join(blocks, ", ");
  }
}
