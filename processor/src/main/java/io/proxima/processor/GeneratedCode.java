package io.proxima.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Map;
import javax.lang.model.element.Element;

/** What the writers share: the API types generated code calls, and the wire method names. */
final class GeneratedCode {
  static final String SPI = "io.proxima.spi";
  static final ClassName CALL = ClassName.get(SPI, "Call");
  static final ClassName DISPATCHER = ClassName.get(SPI, "Dispatcher");
  static final ClassName INVOKER = ClassName.get(SPI, "Invoker");
  static final ClassName METHOD_DESCRIPTOR = ClassName.get(SPI, "MethodDescriptor");
  static final ClassName REMOTE_INTERFACE = ClassName.get(SPI, "RemoteInterface");
  static final ClassName REMOTE_PROXY = ClassName.get(SPI, "RemoteProxy");
  static final ClassName VALUE_READER = ClassName.get(SPI, "ValueReader");
  static final ClassName VALUE_WRITER = ClassName.get(SPI, "ValueWriter");
  /** {@code CompletionStage<?>}: what the dispatcher returns, and what an asynchronous skeleton method returns. */
  static final TypeName ANY_COMPLETION_STAGE = ParameterizedTypeName.get(
      ClassName.get("java.util.concurrent", "CompletionStage"), WildcardTypeName.subtypeOf(Object.class));

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final Map<TypeName, String> PRIMITIVE_SUFFIXES = Map.of(
      TypeName.BOOLEAN, "Boolean", TypeName.BYTE, "Byte", TypeName.SHORT, "Short", TypeName.CHAR, "Char",
      TypeName.INT, "Int", TypeName.LONG, "Long", TypeName.FLOAT, "Float", TypeName.DOUBLE, "Double");

  private GeneratedCode() {}

  /** {@code @Generated("io.proxima.processor.RemoteProcessor")}. */
  static AnnotationSpec generatedAnnotation() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", RemoteProcessor.class.getName()).build();
  }

  /** Whether values of {@code type} travel through {@code readX}/{@code writeX} of a primitive kind. */
  static boolean isPrimitive(TypeName type) {
    return PRIMITIVE_SUFFIXES.containsKey(type);
  }

  /** {@code Int} for {@code int}, and so on: the suffix of the {@code ValueReader}/{@code ValueWriter} method. */
  static String primitiveSuffix(TypeName type) {
    return PRIMITIVE_SUFFIXES.get(type);
  }

  /** The source file of {@code type}, in the package of {@code name}, remembering where it came from. */
  static JavaFile file(ClassName name, TypeSpec.Builder type, Element origin) {
    TypeSpec spec = type.addAnnotation(generatedAnnotation()).addOriginatingElement(origin).build();
    return JavaFile.builder(name.packageName(), spec).build();
  }

  /** An {@code int} as a Java hexadecimal literal, such as {@code 0x1a2b3c4d}. */
  static String hex(int value) {
    return String.format("0x%08x", value);
  }
}
