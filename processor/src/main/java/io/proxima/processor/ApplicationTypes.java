package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The class-level rules for application types, and the fields that carry their state. */
final class ApplicationTypes {
  static final String REMOTE = "io.proxima.Remote";

  private final Elements elements;
  private final Types types;
  private final JdkTypes jdk;

  ApplicationTypes(Elements elements, Types types, JdkTypes jdk) {
    this.elements = elements;
    this.types = types;
    this.jdk = jdk;
  }

  /** The type's name relative to its package, such as {@code Order.Line}. */
  static String nestedName(TypeElement type) {
    return String.join(".", ClassName.get(type).simpleNames());
  }

  /** Whether {@code type} is a {@code @Remote} interface, whose values travel by reference. */
  static boolean isRemoteInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && isRemote(type);
  }

  static boolean isRemote(TypeElement type) {
    return CallAnnotations.find(type, REMOTE).isPresent();
  }

  /**
   * Why {@code type}, which is not a {@code @Remote} interface, cannot be a declared type: it
   * implements or extends one, so the receiver gets a proxy of that interface, never a {@code type}.
   */
  Optional<String> remoteSubtypeReason(TypeElement type) {
    return remoteSupertype(type).map(remote -> {
      Name name = type.getQualifiedName();
      Name remoteName = remote.getQualifiedName();
      return type.getKind() == ElementKind.INTERFACE
          ? name + " extends the @Remote interface " + remoteName + " but is not @Remote itself, so the receiver "
              + "could only get a proxy of " + remoteName + "; declare the type as " + remoteName + " or annotate "
              + name + " with @Remote"
          : name + " implements the @Remote interface " + remoteName + ", so its instances travel by reference and "
              + "arrive as a proxy of " + remoteName + "; declare the type as " + remoteName;
    });
  }

  /** The first {@code @Remote} interface among the supertypes of {@code type}, breadth first. */
  private Optional<TypeElement> remoteSupertype(TypeElement type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(types.directSupertypes(type.asType()));
    Set<Element> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Element element = types.asElement(pending.removeFirst());
      if (element instanceof TypeElement candidate && seen.add(candidate)) {
        if (isRemoteInterface(candidate)) {
          return Optional.of(candidate);
        }
        pending.addAll(types.directSupertypes(candidate.asType()));
      }
    }
    return Optional.empty();
  }

  /** Why code generated in {@code packageName} could not name {@code type}. */
  Optional<String> visibilityReason(TypeElement type, String packageName) {
    for (Element e = type; e instanceof TypeElement level; e = e.getEnclosingElement()) {
      if (level.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(subject(type, level) + " private, but generated code must be able to name "
            + type.getSimpleName() + "; make " + level.getSimpleName() + " package-private or public");
      }
      boolean samePackage = elements.getPackageOf(level).getQualifiedName().contentEquals(packageName);
      if (!level.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
        return Optional.of(subject(type, level) + " not public, but generated code in package " + packageName
            + " must be able to name " + type.getSimpleName() + "; make " + level.getSimpleName() + " public");
      }
    }
    return Optional.empty();
  }

  /** {@code "a.B is"}, or {@code "a.B.C is inside a.B, which is"} when an enclosing class is at fault. */
  private static String subject(TypeElement type, TypeElement level) {
    return type.equals(level)
        ? type.getQualifiedName() + " is"
        : type.getQualifiedName() + " is inside " + level.getQualifiedName() + ", which is";
  }

  /** Why an application class that is not a Throwable cannot be created and filled by the wire. */
  Optional<String> concreteClassReason(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (innerClass(type)) {
      return Optional.of(name + " is an inner class, which cannot be created without its enclosing instance; "
          + "declare it static");
    }
    boolean noArgConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(constructor -> constructor.getParameters().isEmpty());
    if (!noArgConstructor) {
      return Optional.of(name + " has no no-argument constructor; add one (it may be private), or make "
          + type.getSimpleName() + " a record");
    }
    Optional<TypeElement> jdkSuperclass = firstJdkSuperclass(type);
    if (jdkSuperclass.isPresent() && !jdkSuperclass.get().getQualifiedName().contentEquals("java.lang.Object")) {
      String superName = jdkSuperclass.get().getQualifiedName().toString();
      return Optional.of(name + " extends " + superName + ", whose state cannot be marshalled field by field; "
          + "hold the " + superName + " in a field instead of extending it");
    }
    return Optional.empty();
  }

  /** Why an application exception class cannot travel. */
  Optional<String> exceptionClassReason(TypeElement type) {
    if (innerClass(type)) {
      return Optional.of(type.getQualifiedName() + " is an inner class, which cannot be created without its "
          + "enclosing instance; declare it static");
    }
    return Optional.empty();
  }

  boolean isThrowable(TypeElement type) {
    TypeElement throwable = elements.getTypeElement("java.lang.Throwable");
    return types.isSubtype(types.erasure(type.asType()), throwable.asType());
  }

  /**
   * The non-static non-transient fields of {@code type} and of its application superclasses, the
   * top-most superclass first, each in declaration order.
   */
  List<VariableElement> stateFields(TypeElement type) {
    Deque<TypeElement> hierarchy = new ArrayDeque<>();
    for (TypeElement level = type; level != null && !jdk.isJdk(level); level = superclass(level).orElse(null)) {
      hierarchy.push(level);
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement level : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(level.getEnclosedElements())) {
        Set<Modifier> modifiers = field.getModifiers();
        if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  /** The type of {@code field} as seen from {@code owner}, with inherited type variables resolved. */
  TypeMirror fieldType(TypeElement owner, VariableElement field) {
    return types.asMemberOf((DeclaredType) owner.asType(), field);
  }

  private static boolean innerClass(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
        && type.getKind() == ElementKind.CLASS && type.getEnclosingElement().getKind().isClass();
  }

  private Optional<TypeElement> firstJdkSuperclass(TypeElement type) {
    Optional<TypeElement> level = superclass(type);
    while (level.isPresent() && !jdk.isJdk(level.get())) {
      level = superclass(level.get());
    }
    return level;
  }

  private Optional<TypeElement> superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() == TypeKind.ERROR) {
      throw new TypeNotPresentException(superclass.toString(), null);
    }
    return superclass.getKind() == TypeKind.DECLARED
        ? Optional.of((TypeElement) types.asElement(superclass))
        : Optional.empty();
  }

  static boolean isAbstract(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
  }
}
