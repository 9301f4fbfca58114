package io.proxima.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.proxima.spi.MethodDescriptor.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Validates one remote method and builds its model. Problems of a method the interface declares are
 * reported on the method (result, exceptions), on the parameter or on the annotation value; problems
 * of an inherited method are reported on the remote interface, naming the method.
 *
 * <p>How a method is called follows from its declaration, the most specific one when it is
 * inherited more than once (annotations on methods are not inherited, as in Java):
 *
 * <ul>
 *   <li>{@code @OneWay}: it must return {@code void} and declare no checked exceptions;
 *   <li>asynchronous: it returns {@code CompletableFuture<T>} or {@code CompletionStage<T>}, and
 *       {@code T} must be marshallable or {@code Void};
 *   <li>synchronous otherwise.
 * </ul>
 *
 * <p>{@code @Idempotent} marks a synchronous or asynchronous method whose failed calls may be
 * retried; it makes no sense on a {@code @OneWay} method, which is never answered.
 *
 * <p>Its timeout is its own {@code @Timeout}, else that of the interface that declares it, else that
 * of the {@code @Remote} interface, else none.
 */
final class RemoteMethodValidator {
  /** Signatures that {@code RemoteProxy} implements locally; a proxy cannot forward them. */
  private static final Set<String> LOCAL_SIGNATURES =
      Set.of("equals(java.lang.Object)", "hashCode()", "toString()", "finalize()", "refOf(java.lang.Object)");

  private final Types types;
  private final TypeStrings strings;
  private final JdkTypes jdk;
  private final MarshallableTypeValidator marshalling;
  private final Diagnostics diagnostics;
  private final TypeElement remote;
  private final long interfaceTimeoutMillis;
  /** Superinterfaces whose invalid {@code @Timeout} was reported, so that it is reported once. */
  private final Set<TypeElement> reportedTimeouts = new HashSet<>();

  RemoteMethodValidator(Types types, TypeStrings strings, JdkTypes jdk, MarshallableTypeValidator marshalling,
      Diagnostics diagnostics, TypeElement remote) {
    this.types = types;
    this.strings = strings;
    this.jdk = jdk;
    this.marshalling = marshalling;
    this.diagnostics = diagnostics;
    this.remote = remote;
    // An invalid interface timeout is reported with the interface's declaration.
    this.interfaceTimeoutMillis = CallAnnotations.timeout(remote).map(CallAnnotations.Timeout::millis).orElse(0L);
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
    Optional<TypeMirror> futureValue = jdk.futureValueType(returnType);
    Kind kind = CallAnnotations.isOneWay(element) ? Kind.ONE_WAY : futureValue.isPresent() ? Kind.ASYNC : Kind.SYNC;
    checkResult(method, kind, futureValue);
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < element.getParameters().size(); i++) {
      VariableElement parameter = element.getParameters().get(i);
      TypeMirror type = method.type().getParameterTypes().get(i);
      String subject = "parameter " + parameter.getSimpleName() + " of type " + type;
      marshalling.check(subject, type).forEach(problem -> error(method, parameter, problem));
      parameters.add(new Parameter(parameter.getSimpleName().toString(), TypeName.get(type), erasure(type)));
    }
    List<ClassName> exceptions = kind == Kind.ONE_WAY ? checkOneWayExceptions(method) : exceptions(method);
    long timeoutMillis = timeoutMillis(method);
    boolean idempotent = idempotent(method, kind);
    if (diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    boolean async = kind == Kind.ASYNC;
    return Optional.of(new RemoteMethod(
        element.getSimpleName().toString(),
        signature,
        Hashes.methodId(signature),
        constantName,
        skeletonName,
        parameters,
        TypeName.get(returnType),
        erasure(returnType),
        strings.generic(async ? futureValue.get() : returnType),
        exceptions,
        element.isVarArgs(),
        kind,
        async ? erasure(futureValue.get()) : TypeName.VOID,
        timeoutMillis,
        idempotent));
  }

  private void checkResult(RemoteMethodCollector.Collected method, Kind kind, Optional<TypeMirror> futureValue) {
    TypeMirror returnType = method.returnType();
    String subject = "result of type " + returnType;
    switch (kind) {
      case ONE_WAY -> {
        if (returnType.getKind() != TypeKind.VOID) {
          error(method, "@OneWay method " + method.element().getSimpleName() + " must return void: a one-way call has no reply");
        }
      }
      case ASYNC -> {
        if (!jdk.isVoid(futureValue.get())) {
          marshalling.check(subject, futureValue.get()).forEach(problem -> error(method, problem));
        }
      }
      case SYNC -> {
        Optional<TypeElement> otherFuture = otherFuture(returnType);
        if (otherFuture.isPresent()) {
          error(method, subject + " is not supported: an asynchronous method must return CompletableFuture<T> or "
              + "CompletionStage<T>; declare one of them instead of " + otherFuture.get().getQualifiedName());
        } else {
          marshalling.check(subject, returnType).forEach(problem -> error(method, problem));
        }
      }
    }
  }

  /** A future type other than the two that make a method asynchronous, which a proxy could not create. */
  private Optional<TypeElement> otherFuture(TypeMirror returnType) {
    if (returnType.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) returnType).asElement();
    return jdk.isFuture(element) ? Optional.of(element) : Optional.empty();
  }

  private List<ClassName> exceptions(RemoteMethodCollector.Collected method) {
    List<ClassName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : method.thrownTypes()) {
      // A type variable comes from a type parameter, which is reported already.
      if (thrown.getKind() == TypeKind.DECLARED) {
        TypeElement exception = (TypeElement) types.asElement(thrown);
        marshalling.checkException(exception).forEach(problem -> error(method, problem));
        exceptions.add(ClassName.get(exception));
      }
    }
    return exceptions;
  }

  /** Reports the checked exceptions of a one-way method; its unchecked ones never reach the caller either. */
  private List<ClassName> checkOneWayExceptions(RemoteMethodCollector.Collected method) {
    for (TypeMirror thrown : method.thrownTypes()) {
      if (!jdk.isUnchecked(thrown)) {
        error(method, "@OneWay method " + method.element().getSimpleName() + " cannot declare checked exception "
            + thrown + ": a one-way call reports no failures to the caller");
      }
    }
    return List.of();
  }

  private boolean idempotent(RemoteMethodCollector.Collected method, Kind kind) {
    Optional<AnnotationMirror> idempotent = CallAnnotations.idempotent(method.element());
    if (idempotent.isPresent() && kind == Kind.ONE_WAY) {
      String problem = "@Idempotent has no effect on a @OneWay method, which is never answered and so never retried; "
          + "remove one of the two";
      error(method, idempotent.get(), problem);
    }
    return idempotent.isPresent();
  }

  private long timeoutMillis(RemoteMethodCollector.Collected method) {
    Optional<CallAnnotations.Timeout> own = CallAnnotations.timeout(method.element());
    if (own.isPresent()) {
      CallAnnotations.Timeout timeout = own.get();
      if (!timeout.isValid()) {
        error(method, timeout, timeout.problem());
      }
      return timeout.millis();
    }
    TypeElement owner = (TypeElement) method.element().getEnclosingElement();
    Optional<CallAnnotations.Timeout> ofOwner = owner.equals(remote) ? Optional.empty() : CallAnnotations.timeout(owner);
    if (ofOwner.isPresent()) {
      CallAnnotations.Timeout timeout = ofOwner.get();
      if (!timeout.isValid() && reportedTimeouts.add(owner)) {
        diagnostics.error(remote, "superinterface " + ApplicationTypes.nestedName(owner) + ": " + timeout.problem());
      }
      return timeout.millis();
    }
    return interfaceTimeoutMillis;
  }

  /** Reports a problem of the method as a whole. */
  void error(RemoteMethodCollector.Collected method, String message) {
    error(method, method.element(), message);
  }

  private void error(RemoteMethodCollector.Collected method, Element site, String message) {
    if (isOwn(method)) {
      diagnostics.error(site, message);
    } else {
      diagnostics.error(remote, inherited(method, message));
    }
  }

  private void error(RemoteMethodCollector.Collected method, AnnotationMirror annotation, String message) {
    if (isOwn(method)) {
      diagnostics.error(method.element(), annotation, message);
    } else {
      diagnostics.error(remote, inherited(method, message));
    }
  }

  private void error(RemoteMethodCollector.Collected method, CallAnnotations.Timeout timeout, String message) {
    if (isOwn(method)) {
      diagnostics.error(timeout.element(), timeout.annotation(), timeout.value(), message);
    } else {
      diagnostics.error(remote, inherited(method, message));
    }
  }

  private boolean isOwn(RemoteMethodCollector.Collected method) {
    return method.element().getEnclosingElement().equals(remote);
  }

  private static String inherited(RemoteMethodCollector.Collected method, String message) {
    String owner = ApplicationTypes.nestedName((TypeElement) method.element().getEnclosingElement());
    return "inherited method " + owner + "." + method.signature() + ": " + message;
  }

  private TypeName erasure(TypeMirror type) {
    return type.getKind() == TypeKind.VOID ? TypeName.VOID : TypeName.get(types.erasure(type));
  }
}
