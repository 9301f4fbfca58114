package io.proxima.processor;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Writes types as the text that method ids and fingerprints are computed from. */
final class TypeStrings {
  private final Elements elements;
  private final Types types;

  TypeStrings(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  String binaryName(TypeElement type) {
    return elements.getBinaryName(type).toString();
  }

  /** {@code name(erased parameter types)}, such as {@code find(java.lang.String,int[])}. */
  String signature(CharSequence name, List<? extends TypeMirror> parameterTypes) {
    return parameterTypes.stream().map(this::erased).collect(Collectors.joining(",", name + "(", ")"));
  }

  /** A primitive keyword, or the binary name of the erasure, with {@code []} per dimension. */
  String erased(TypeMirror type) {
    TypeMirror erasure = types.erasure(type);
    return switch (erasure.getKind()) {
      case ARRAY -> erased(((ArrayType) erasure).getComponentType()) + "[]";
      case DECLARED -> binaryName((TypeElement) ((DeclaredType) erasure).asElement());
      default -> erasure.toString();
    };
  }

  /** The full generic type with binary names, such as {@code java.util.Map<java.lang.String,com.acme.Outer$Entry[]>}. */
  String generic(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> generic(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED -> declared((DeclaredType) type);
      case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
      case WILDCARD -> wildcard((WildcardType) type);
      default -> type.toString();
    };
  }

  private String declared(DeclaredType type) {
    String name = binaryName((TypeElement) type.asElement());
    if (type.getTypeArguments().isEmpty()) {
      return name;
    }
    return type.getTypeArguments().stream().map(this::generic).collect(Collectors.joining(",", name + "<", ">"));
  }

  private String wildcard(WildcardType type) {
    if (type.getExtendsBound() != null) {
      return "? extends " + generic(type.getExtendsBound());
    }
    if (type.getSuperBound() != null) {
      return "? super " + generic(type.getSuperBound());
    }
    return "?";
  }
}
