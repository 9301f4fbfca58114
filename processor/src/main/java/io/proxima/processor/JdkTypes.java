package io.proxima.processor;

import io.proxima.spi.WireTypes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the wire accepts from the JDK ({@link WireTypes}), the types that can never travel, and the
 * JDK types with a meaning of their own in a signature: futures and unchecked exceptions.
 */
final class JdkTypes {
  /** The result types that make a method asynchronous, by qualified name. */
  private static final Set<String> ASYNC_RESULTS =
      Set.of("java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage");
  private static final List<String> JDK_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
  private static final Set<String> ALWAYS = Set.of(
      "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Character",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.String");
  private static final Set<String> LISTED = listed();

  private final Elements elements;
  private final Types types;

  JdkTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  private static Set<String> listed() {
    Set<String> listed = new HashSet<>(ALWAYS);
    listed.addAll(WireTypes.CONCRETE);
    listed.addAll(WireTypes.DECLARED_ONLY);
    return Set.copyOf(listed);
  }

  /** Whether {@code type} belongs to the platform (java., javax., jdk., sun., com.sun.). */
  boolean isJdk(TypeElement type) {
    String packageName = elements.getPackageOf(type).getQualifiedName().toString() + ".";
    return JDK_PACKAGES.stream().anyMatch(packageName::startsWith);
  }

  /** Whether a JDK type is accepted: boxes, String, enums, and the lists of {@link WireTypes}. */
  boolean isAccepted(TypeElement jdkType) {
    return jdkType.getKind() == ElementKind.ENUM || LISTED.contains(elements.getBinaryName(jdkType).toString());
  }

  /** Why {@code type} (JDK or not) can never be marshalled, if it cannot. */
  Optional<String> neverReason(TypeElement type) {
    String name = type.getQualifiedName().toString();
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    if (isFuture(type)) {
      return Optional.of(name + " is a future, which cannot travel by value; only the result of a method may be "
          + "a CompletableFuture or CompletionStage, which makes the method asynchronous");
    }
    if (name.equals("java.lang.Class")) {
      return Optional.of(name + " stands for code loaded in this JVM; send a class name or an enum instead");
    }
    if (isSubtype(type, "java.lang.AutoCloseable")) {
      return Optional.of(name + " is a resource (AutoCloseable) bound to this JVM; "
          + "send its contents, for example as a byte[] or a value type, instead");
    }
    if (isSubtype(type, "java.lang.Thread") || isSubtype(type, "java.lang.ClassLoader")
        || packageName.equals("java.lang.reflect")) {
      return Optional.of(name + " is bound to this JVM and means nothing in another; send the data it works on instead");
    }
    if (packageName.equals("java.util.function") || name.equals("java.lang.Runnable")
        || name.equals("java.util.concurrent.Callable")) {
      return Optional.of(name + " is code, which cannot be sent by value; send data that describes the work instead");
    }
    return Optional.empty();
  }

  /** Whether {@code type} is a {@code Future} or a {@code CompletionStage}, or a subtype of one. */
  boolean isFuture(TypeElement type) {
    return isSubtype(type, "java.util.concurrent.Future") || isSubtype(type, "java.util.concurrent.CompletionStage");
  }

  /**
   * The value type {@code T} of a {@code CompletableFuture<T>} or {@code CompletionStage<T>}
   * result, which makes a method asynchronous: {@code Object} for a raw type, {@code ?} or
   * {@code ? super X}, {@code X} for {@code ? extends X}. Empty for any other type, subtypes of
   * those two included (a proxy could not create them).
   */
  Optional<TypeMirror> futureValueType(TypeMirror resultType) {
    if (resultType.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) resultType;
    if (!ASYNC_RESULTS.contains(((TypeElement) declared.asElement()).getQualifiedName().toString())) {
      return Optional.empty();
    }
    TypeMirror object = elements.getTypeElement("java.lang.Object").asType();
    if (declared.getTypeArguments().isEmpty()) {
      return Optional.of(object);
    }
    TypeMirror argument = declared.getTypeArguments().get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) argument).getExtendsBound();
      return Optional.of(bound == null ? object : bound);
    }
    return Optional.of(argument);
  }

  /** Whether {@code type} is {@code java.lang.Void}, the value type of a future that carries no value. */
  boolean isVoid(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.Void");
  }

  /** Whether the exception type {@code exception} is unchecked: a {@code RuntimeException} or an {@code Error}. */
  boolean isUnchecked(TypeMirror exception) {
    return types.isSubtype(exception, elements.getTypeElement("java.lang.RuntimeException").asType())
        || types.isSubtype(exception, elements.getTypeElement("java.lang.Error").asType());
  }

  private boolean isSubtype(TypeElement type, String supertypeName) {
    TypeElement supertype = elements.getTypeElement(supertypeName);
    if (supertype == null) {
      return false;
    }
    TypeMirror erasure = types.erasure(type.asType());
    return types.isSubtype(erasure, types.erasure(supertype.asType()));
  }
}
