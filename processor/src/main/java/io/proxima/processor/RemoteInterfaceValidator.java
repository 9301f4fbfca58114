package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @Remote} element and, when it is valid, builds its model. All problems are
 * reported, then the type is given up on. Which types may travel is decided by
 * {@link MarshallableTypeValidator}.
 */
final class RemoteInterfaceValidator {
  private final Elements elements;
  private final Types types;
  private final TypeStrings strings;
  private final JdkTypes jdk;
  private final ApplicationTypes application;
  private final RemoteMethodCollector collector;

  RemoteInterfaceValidator(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.strings = new TypeStrings(elements, types);
    this.jdk = new JdkTypes(elements, types);
    this.application = new ApplicationTypes(elements, types, jdk);
    this.collector = new RemoteMethodCollector(elements, types, strings);
  }

  /**
   * Returns the model of {@code type}, or empty when problems were added to {@code diagnostics}.
   *
   * @throws TypeNotPresentException when a type the interface uses is not resolved yet (another
   *     processor may generate it); the caller retries in the next round
   */
  Optional<RemoteInterfaceModel> validate(TypeElement type, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(type, "@Remote applies to interfaces only; declare " + type.getSimpleName() + " as an interface");
      return Optional.empty();
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    checkDeclaration(type, packageName, diagnostics);
    MarshallableTypeValidator marshalling = new MarshallableTypeValidator(types, strings, jdk, application, packageName);
    RemoteMethodValidator validator = new RemoteMethodValidator(types, strings, jdk, marshalling, diagnostics, type);
    List<RemoteMethodCollector.Collected> collected = collector.collect(type);
    List<String> names = collected.stream().map(method -> method.element().getSimpleName().toString()).toList();
    List<String> constants = Names.unique(names.stream().map(Names::upperSnake).toList(), Set.of("FINGERPRINT"));
    List<String> skeletonNames = Names.unique(names, Set.of());
    List<RemoteMethod> methods = new ArrayList<>();
    Map<Integer, String> signaturesById = new HashMap<>();
    for (int i = 0; i < collected.size(); i++) {
      RemoteMethodCollector.Collected method = collected.get(i);
      validator.validate(method, constants.get(i), skeletonNames.get(i)).ifPresent(methods::add);
      int id = Hashes.methodId(method.signature());
      String earlier = signaturesById.putIfAbsent(id, method.signature());
      if (earlier != null) {
        validator.error(method, String.format(
            "method id 0x%08x of %s collides with that of %s; rename one of them", id, method.signature(), earlier));
      }
    }
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(RemoteInterfaceModel.of(
        ClassName.get(type), strings.binaryName(type), methods, marshalling.valueTypes(), marshalling.remoteInterfaces()));
  }

  private void checkDeclaration(TypeElement type, String packageName, Diagnostics diagnostics) {
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.error(type, "remote interfaces and methods cannot declare type parameters; use concrete types");
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      diagnostics.error(type, "@Remote interface " + type.getSimpleName()
          + " cannot be sealed, because its generated proxy implements it; remove the sealed modifier");
    }
    application.visibilityReason(type, packageName).ifPresent(reason -> diagnostics.error(type, reason));
    CallAnnotations.timeout(type)
        .filter(timeout -> !timeout.isValid())
        .ifPresent(timeout -> diagnostics.error(type, timeout.annotation(), timeout.value(), timeout.problem()));
  }
}
