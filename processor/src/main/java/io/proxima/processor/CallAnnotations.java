package io.proxima.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the annotations that choose how a remote method is called, {@code @OneWay},
 * {@code @Idempotent} and {@code @Timeout}, by name and through mirrors, so that they are found on
 * interfaces compiled earlier as well as on sources.
 */
final class CallAnnotations {
  static final String ONE_WAY = "io.proxima.OneWay";
  static final String IDEMPOTENT = "io.proxima.Idempotent";
  static final String TIMEOUT = "io.proxima.Timeout";

  /**
   * A {@code @Timeout} on a method or an interface.
   *
   * @param element the annotated method or interface
   * @param annotation the annotation, where an error about it is reported
   * @param value its {@code millis} value
   * @param millis the number of milliseconds, which must be positive
   */
  record Timeout(Element element, AnnotationMirror annotation, AnnotationValue value, long millis) {
    boolean isValid() {
      return millis > 0;
    }

    /** Why an invalid timeout is refused. */
    String problem() {
      return "@Timeout millis must be positive, got " + millis;
    }
  }

  private CallAnnotations() {}

  static boolean isOneWay(ExecutableElement method) {
    return find(method, ONE_WAY).isPresent();
  }

  /** The {@code @Idempotent} of a method, if it has one. */
  static Optional<AnnotationMirror> idempotent(ExecutableElement method) {
    return find(method, IDEMPOTENT);
  }

  /**
   * The {@code @Timeout} of a method or an interface. Empty when there is none, or when its value
   * is missing or not a constant; javac reports those itself.
   */
  static Optional<Timeout> timeout(Element element) {
    Optional<AnnotationMirror> annotation = find(element, TIMEOUT);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.get().getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("millis") && entry.getValue().getValue() instanceof Number millis) {
        return Optional.of(new Timeout(element, annotation.get(), entry.getValue(), millis.longValue()));
      }
    }
    return Optional.empty();
  }

  /** The annotation of type {@code qualifiedName} on {@code element}, if any. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }
}
