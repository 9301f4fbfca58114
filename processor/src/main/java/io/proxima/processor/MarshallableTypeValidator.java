package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Decides which types can travel in a remote call, and collects the application classes they reach.
 *
 * <p>Every parameter type and result type of a remote method must be marshallable (for an
 * asynchronous method, the value type of its future, which may also be {@code Void}):
 *
 * <ul>
 *   <li>primitives, their boxes and {@code String}; {@code void} as a result;
 *   <li>{@code @Remote} interfaces that generated code can name: their values travel by reference
 *       (the receiver gets a proxy), so they are neither value types nor walked into;
 *   <li>enums, of the JDK or of the application;
 *   <li>arrays whose component type is marshallable;
 *   <li>the JDK classes listed in {@code io.proxima.spi.WireTypes.CONCRETE}, and the JDK interfaces
 *       and abstract classes listed in {@code WireTypes.DECLARED_ONLY} as declared types, when
 *       their type arguments are marshallable (a wildcard {@code ?} or {@code ? super X} counts as
 *       {@code Object}, {@code ? extends X} as {@code X});
 *   <li>application types (outside {@code java.}, {@code javax.}, {@code jdk.}, {@code sun.} and
 *       {@code com.sun.}) that generated code can name (neither they nor an enclosing class are
 *       private, and all are public when in another package than the remote interface), whose type
 *       arguments are marshallable, and that are one of:
 *       <ul>
 *         <li>a record whose components are marshallable;
 *         <li>an enum;
 *         <li>a top-level or static nested class that is not abstract, has a no-argument
 *             constructor of any visibility, extends {@code Object} or an application class, and
 *             whose non-static non-transient fields, inherited ones included, are marshallable
 *             (checked transitively; a class may refer to itself);
 *         <li>an interface or abstract class, accepted as the declared type of polymorphic values;
 *             when it is sealed, each of its permitted subclasses must be marshallable.
 *       </ul>
 * </ul>
 *
 * <p>Refused, whatever else holds: {@code Class}, {@code Thread} and {@code ClassLoader} (with their
 * subclasses), {@code java.lang.reflect.*}, anything assignable to {@code AutoCloseable} (streams, sockets,
 * channels, connections), {@code java.util.function.*}, {@code Runnable} and {@code Callable}, which
 * can never be marshalled; {@code Future}, {@code CompletionStage} and their subtypes (a future is
 * not a value: only a method's result may be one, which makes the method asynchronous);
 * classes that implement a {@code @Remote} interface and interfaces that extend one without being
 * {@code @Remote} themselves (their values travel by reference too, and arrive as a proxy of the
 * {@code @Remote} interface, so that interface must be the declared type); annotation types; and
 * every other JDK type.
 *
 * <p>Exceptions: application exception classes, declared in {@code throws} clauses or used as values,
 * must be nameable and not inner classes, but need no no-argument constructor and may extend JDK
 * exceptions; the fields declared by their application classes follow the rule above.
 *
 * <p>The application classes reached (records, enums, concrete classes, permitted subclasses of
 * sealed types, declared exception classes) are the interface's {@link #valueTypes() value types};
 * the {@code @Remote} interfaces reached are its {@link #remoteInterfaces() remote interfaces}.
 */
final class MarshallableTypeValidator {
  private final Types types;
  private final TypeStrings strings;
  private final JdkTypes jdk;
  private final ApplicationTypes application;
  private final String packageName;
  private final Map<String, ValueType> valueTypes = new TreeMap<>();
  private final Set<String> remoteInterfaces = new TreeSet<>();

  MarshallableTypeValidator(Types types, TypeStrings strings, JdkTypes jdk, ApplicationTypes application, String packageName) {
    this.types = types;
    this.strings = strings;
    this.jdk = jdk;
    this.application = application;
    this.packageName = packageName;
  }

  /**
   * Checks a parameter or result type; returns one message per problem, each starting with
   * {@code subject} (such as {@code "parameter file of type java.io.File"}) or naming the field at fault.
   */
  List<String> check(String subject, TypeMirror type) {
    Walk walk = new Walk();
    walk.position(subject, type, "");
    return walk.problems;
  }

  /** Checks a declared exception class and the fields of its application classes. */
  List<String> checkException(TypeElement exception) {
    if (jdk.isJdk(exception)) {
      return List.of();
    }
    Optional<String> reason = application.visibilityReason(exception, packageName)
        .or(() -> application.exceptionClassReason(exception));
    if (reason.isPresent()) {
      return List.of("exception " + exception.getQualifiedName() + " cannot be marshalled: " + reason.get());
    }
    Walk walk = new Walk();
    walk.visited.add(exception);
    walk.structure(exception, "");
    return walk.problems;
  }

  /** The application classes reached so far, sorted by binary name. */
  List<ValueType> valueTypes() {
    return List.copyOf(valueTypes.values());
  }

  /** The binary names of the {@code @Remote} interfaces reached so far, sorted. */
  List<String> remoteInterfaces() {
    return List.copyOf(remoteInterfaces);
  }

  /** One depth-first walk from a root type; {@code visited} guards against cycles. */
  private final class Walk {
    private final Set<TypeElement> visited = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    /** Checks the type found at {@code subject}; {@code path} prefixes the fields reached from it. */
    void position(String subject, TypeMirror type, String path) {
      reason(type, path).ifPresent(reason -> problems.add(subject + " cannot be marshalled: " + reason));
    }

    private Optional<String> reason(TypeMirror type, String path) {
      return switch (type.getKind()) {
        case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, VOID -> Optional.empty();
        case ARRAY -> reason(((ArrayType) type).getComponentType(), path);
        case WILDCARD -> {
          TypeMirror bound = ((WildcardType) type).getExtendsBound();
          yield bound == null ? Optional.empty() : reason(bound, path);
        }
        case TYPEVAR -> reason(types.erasure(type), path);
        case DECLARED -> declared((DeclaredType) type, path);
        case ERROR -> throw new TypeNotPresentException(type.toString(), null);
        default -> Optional.of(type + " is not supported on the wire");
      };
    }

    private Optional<String> declared(DeclaredType type, String path) {
      TypeElement element = (TypeElement) type.asElement();
      // Checked first: a @Remote interface may well extend Runnable or AutoCloseable.
      if (ApplicationTypes.isRemoteInterface(element)) {
        return remoteInterface(element);
      }
      Optional<String> refused = application.remoteSubtypeReason(element).or(() -> jdk.neverReason(element));
      if (refused.isPresent()) {
        return refused;
      }
      if (jdk.isJdk(element)) {
        return jdk.isAccepted(element)
            ? typeArguments(type, path)
            : Optional.of(element.getQualifiedName()
                + " is not supported on the wire; supported JDK types are listed in io.proxima.spi.WireTypes");
      }
      Optional<String> classLevel = application.visibilityReason(element, packageName).or(() -> kindReason(element));
      if (classLevel.isPresent()) {
        return classLevel;
      }
      if (visited.add(element)) {
        structure(element, path);
      }
      return typeArguments(type, path);
    }

    /** Accepts a {@code @Remote} interface that generated code can name; its methods are its own concern. */
    private Optional<String> remoteInterface(TypeElement element) {
      Optional<String> invisible = application.visibilityReason(element, packageName);
      if (invisible.isEmpty()) {
        remoteInterfaces.add(strings.binaryName(element));
      }
      return invisible;
    }

    private Optional<String> kindReason(TypeElement element) {
      if (element.getKind() == ElementKind.ANNOTATION_TYPE) {
        return Optional.of(element.getQualifiedName()
            + " is an annotation type, whose instances cannot be marshalled; send the values it holds instead");
      }
      if (element.getKind() != ElementKind.CLASS || ApplicationTypes.isAbstract(element)) {
        return Optional.empty();
      }
      return application.isThrowable(element)
          ? application.exceptionClassReason(element)
          : application.concreteClassReason(element);
    }

    private Optional<String> typeArguments(DeclaredType type, String path) {
      for (TypeMirror argument : type.getTypeArguments()) {
        Optional<String> reason = reason(argument, path);
        if (reason.isPresent()) {
          return reason;
        }
      }
      return Optional.empty();
    }

    private void structure(TypeElement element, String path) {
      if (element.getKind() == ElementKind.ENUM) {
        List<String> constants = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
            .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT)
            .map(field -> field.getSimpleName().toString())
            .toList();
        collect(element, constants, Optional.empty());
        return;
      }
      if (!ApplicationTypes.isAbstract(element)) {
        fields(element, path);
      }
      for (TypeMirror subclass : element.getPermittedSubclasses()) {
        position("permitted subclass " + subclass + " of " + element.getQualifiedName(), subclass, path);
      }
    }

    private void fields(TypeElement element, String path) {
      List<VariableElement> fields = application.stateFields(element);
      List<TypeMirror> fieldTypes = fields.stream().map(field -> application.fieldType(element, field)).toList();
      List<String> members = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        members.add(fields.get(i).getSimpleName() + ":" + strings.generic(fieldTypes.get(i)));
      }
      collect(element, members, recordComponents(element));
      for (int i = 0; i < fields.size(); i++) {
        VariableElement field = fields.get(i);
        String owner = ApplicationTypes.nestedName((TypeElement) field.getEnclosingElement());
        String fieldPath = path + owner + "." + field.getSimpleName();
        position("field " + fieldPath + " of type " + fieldTypes.get(i), fieldTypes.get(i), fieldPath + " -> ");
      }
    }

    /** The components a codec is generated from; empty when {@code element} is not a record without type parameters. */
    private Optional<List<ValueType.Component>> recordComponents(TypeElement element) {
      if (element.getKind() != ElementKind.RECORD || !element.getTypeParameters().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(element.getRecordComponents().stream()
          .map(component -> new ValueType.Component(component.getSimpleName().toString(),
              TypeName.get(component.asType()), TypeName.get(types.erasure(component.asType()))))
          .toList());
    }

    private void collect(TypeElement element, List<String> members, Optional<List<ValueType.Component>> components) {
      String binaryName = strings.binaryName(element);
      valueTypes.putIfAbsent(binaryName, new ValueType(binaryName, ClassName.get(element), members, components));
    }
  }
}
