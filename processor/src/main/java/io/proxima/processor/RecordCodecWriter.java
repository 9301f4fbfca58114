package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code ValueCodec} of each record a descriptor lists, as a nested class of the
 * descriptor: its components in declaration order, each written and read as a method parameter
 * of its type would be, and the record created through its canonical constructor.
 */
final class RecordCodecWriter {
  private static final ClassName VALUE_CODEC = ClassName.get(GeneratedCode.SPI, "ValueCodec");

  private RecordCodecWriter() {}

  /** The codec classes for the records among {@code valueTypes}; their names are taken from {@code names}. */
  static List<TypeSpec> codecs(List<ValueType> valueTypes, NameAllocator names) {
    List<TypeSpec> codecs = new ArrayList<>();
    for (ValueType valueType : valueTypes) {
      valueType.recordComponents().ifPresent(components -> codecs.add(codec(
          names.newName(String.join("_", valueType.className().simpleNames()) + "Codec", valueType),
          valueType.className(), components)));
    }
    return codecs;
  }

  private static TypeSpec codec(String name, ClassName record, List<ValueType.Component> components) {
    MethodSpec.Builder write = MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(GeneratedCode.VALUE_WRITER, "out")
        .addParameter(record, "value");
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addParameter(GeneratedCode.VALUE_READER, "in");
    NameAllocator locals = new NameAllocator();
    locals.newName("in");
    List<CodeBlock> arguments = new ArrayList<>();
    for (ValueType.Component component : components) {
      String local = locals.newName(component.name());
      if (GeneratedCode.isPrimitive(component.type())) {
        String suffix = GeneratedCode.primitiveSuffix(component.type());
        write.addStatement("out.write$L(value.$N())", suffix, component.name());
        read.addStatement("$T $N = in.read$L()", component.type(), local, suffix);
      } else {
        write.addStatement("out.writeObject(value.$N(), $T.class)", component.name(), component.erasure());
        read.addStatement("$T $N = in.readObject($T.class)", component.type(), local, component.erasure());
      }
      arguments.add(CodeBlock.of("$N", local));
    }
    read.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ", "));
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(VALUE_CODEC, record))
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Class.class), record))
            .addStatement("return $T.class", record)
            .build())
        .addMethod(write.build())
        .addMethod(read.build())
        .build();
  }
}
