package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Validates one remote method and builds its model. Problems of a method the interface declares are
 * reported on the method (result, exceptions) or on the parameter; problems of an inherited method
 * are reported on the remote interface, naming the method.
 */
final class RemoteMethodValidator {
  /** Signatures that {@code RemoteProxy} implements locally; a proxy cannot forward them. */
  private static final Set<String> LOCAL_SIGNATURES =
      Set.of("equals(java.lang.Object)", "hashCode()", "toString()", "finalize()", "refOf(java.lang.Object)");

  private final Types types;
  private final TypeStrings strings;
  private final MarshallableTypeValidator marshalling;
  private final Diagnostics diagnostics;
  private final TypeElement remote;

  RemoteMethodValidator(
      Types types, TypeStrings strings, MarshallableTypeValidator marshalling, Diagnostics diagnostics, TypeElement remote) {
    this.types = types;
    this.strings = strings;
    this.marshalling = marshalling;
    this.diagnostics = diagnostics;
    this.remote = remote;
  }

  Optional<RemoteMethod> validate(RemoteMethodCollector.Collected method, String constantName, String skeletonName) {
    int errorsBefore = diagnostics.errorCount();
    ExecutableElement element = method.element();
    String signature = method.signature();
    if (!element.getTypeParameters().isEmpty()) {
      error(method, "remote interfaces and methods cannot declare type parameters; use concrete types");
    }
    if (LOCAL_SIGNATURES.contains(signature)) {
      error(method, signature + " cannot be a remote method: every proxy implements it locally in "
          + "io.proxima.spi.RemoteProxy; remove it or rename it");
    }
    TypeMirror returnType = method.returnType();
    marshalling.check("result of type " + returnType, returnType).forEach(problem -> error(method, problem));
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < element.getParameters().size(); i++) {
      VariableElement parameter = element.getParameters().get(i);
      TypeMirror type = method.type().getParameterTypes().get(i);
      String subject = "parameter " + parameter.getSimpleName() + " of type " + type;
      marshalling.check(subject, type).forEach(problem -> error(method, parameter, problem));
      parameters.add(new Parameter(parameter.getSimpleName().toString(), TypeName.get(type), erasure(type)));
    }
    List<ClassName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : method.thrownTypes()) {
      TypeElement exception = (TypeElement) types.asElement(thrown);
      marshalling.checkException(exception).forEach(problem -> error(method, problem));
      exceptions.add(ClassName.get(exception));
    }
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new RemoteMethod(
        element.getSimpleName().toString(),
        signature,
        Hashes.methodId(signature),
        constantName,
        skeletonName,
        parameters,
        TypeName.get(returnType),
        erasure(returnType),
        strings.generic(returnType),
        exceptions,
        element.isVarArgs()));
  }

  /** Reports a problem of the method as a whole. */
  void error(RemoteMethodCollector.Collected method, String message) {
    error(method, method.element(), message);
  }

  private void error(RemoteMethodCollector.Collected method, Element site, String message) {
    Element owner = method.element().getEnclosingElement();
    if (owner.equals(remote)) {
      diagnostics.error(site, message);
    } else {
      String name = ApplicationTypes.nestedName((TypeElement) owner);
      diagnostics.error(remote, "inherited method " + name + "." + method.signature() + ": " + message);
    }
  }

  private TypeName erasure(TypeMirror type) {
    return type.getKind() == TypeKind.VOID ? TypeName.VOID : TypeName.get(types.erasure(type));
  }
}
