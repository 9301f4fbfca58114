package io.proxima.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the remote methods of an interface: every method that is abstract in it, declared or
 * inherited. The order is the interface's own methods in declaration order, then those of its
 * superinterfaces, depth first in the order of the {@code extends} clause. A signature inherited
 * more than once is one method.
 */
final class RemoteMethodCollector {

  /**
   * One remote method as the interface sees it.
   *
   * @param element the declaration that represents it (the most specific one)
   * @param type its type as a member of the remote interface, type variables resolved
   * @param signature name and erased parameter types
   * @param returnType the most specific result type among the inherited declarations
   * @param thrownTypes the exceptions that every inherited declaration allows
   */
  record Collected(
      ExecutableElement element, ExecutableType type, String signature, TypeMirror returnType, List<TypeMirror> thrownTypes) {}

  private final Elements elements;
  private final Types types;
  private final TypeStrings strings;

  RemoteMethodCollector(Elements elements, Types types, TypeStrings strings) {
    this.elements = elements;
    this.types = types;
    this.strings = strings;
  }

  List<Collected> collect(TypeElement remote) {
    DeclaredType self = (DeclaredType) remote.asType();
    Map<String, List<ExecutableElement>> bySignature = new LinkedHashMap<>();
    walk(remote, self, new HashSet<>(), bySignature);
    List<Collected> collected = new ArrayList<>();
    bySignature.forEach((signature, declarations) -> {
      List<ExecutableElement> effective = notOverridden(declarations);
      if (effective.stream().allMatch(method -> method.getModifiers().contains(Modifier.ABSTRACT))) {
        collected.add(merge(self, signature, effective));
      }
    });
    return collected;
  }

  private void walk(TypeElement type, DeclaredType self, Set<TypeElement> seen, Map<String, List<ExecutableElement>> bySignature) {
    if (!seen.add(type)) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE)) {
        ExecutableType resolved = (ExecutableType) types.asMemberOf(self, method);
        String signature = strings.signature(method.getSimpleName(), resolved.getParameterTypes());
        bySignature.computeIfAbsent(signature, key -> new ArrayList<>()).add(method);
      }
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.ERROR) {
        throw new TypeNotPresentException(superinterface.toString(), null);
      }
      walk((TypeElement) types.asElement(superinterface), self, seen, bySignature);
    }
  }

  /** Drops the declarations that another one, in a subinterface, overrides. */
  private List<ExecutableElement> notOverridden(List<ExecutableElement> declarations) {
    List<ExecutableElement> effective = new ArrayList<>();
    for (ExecutableElement candidate : declarations) {
      boolean overridden = declarations.stream().anyMatch(other -> other != candidate
          && other.getEnclosingElement() != candidate.getEnclosingElement()
          && isSubtype(owner(other), owner(candidate)));
      if (!overridden) {
        effective.add(candidate);
      }
    }
    return effective;
  }

  private Collected merge(DeclaredType self, String signature, List<ExecutableElement> effective) {
    List<ExecutableType> resolved = effective.stream()
        .map(method -> (ExecutableType) types.asMemberOf(self, method))
        .toList();
    TypeMirror returnType = resolved.get(0).getReturnType();
    for (ExecutableType type : resolved) {
      if (types.isSubtype(type.getReturnType(), returnType)) {
        returnType = type.getReturnType();
      }
    }
    List<TypeMirror> thrown = new ArrayList<>();
    for (TypeMirror exception : resolved.get(0).getThrownTypes()) {
      if (exception.getKind() == TypeKind.ERROR) {
        throw new TypeNotPresentException(exception.toString(), null);
      }
      if (resolved.stream().allMatch(type -> allows(type, exception))) {
        thrown.add(exception);
      }
    }
    return new Collected(effective.get(0), resolved.get(0), signature, returnType, thrown);
  }

  private boolean allows(ExecutableType method, TypeMirror exception) {
    return isUnchecked(exception) || method.getThrownTypes().stream().anyMatch(declared -> types.isSubtype(exception, declared));
  }

  private boolean isUnchecked(TypeMirror exception) {
    return types.isSubtype(exception, elements.getTypeElement("java.lang.RuntimeException").asType())
        || types.isSubtype(exception, elements.getTypeElement("java.lang.Error").asType());
  }

  private TypeMirror owner(ExecutableElement method) {
    return types.erasure(method.getEnclosingElement().asType());
  }

  private boolean isSubtype(TypeMirror subtype, TypeMirror supertype) {
    return types.isSubtype(subtype, supertype);
  }
}
