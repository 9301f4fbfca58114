package io.proxima.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The errors found in one remote interface. They are held back until validation finishes, so that
 * an interface deferred to a later round (because a type it uses is not generated yet) does not
 * report them twice.
 */
final class Diagnostics {
  /** One of an element's annotations, or one of its values. */
  private record AnnotationSite(AnnotationMirror annotation, Optional<AnnotationValue> value) {}

  /** An error on {@code element}, or on one of its annotations or annotation values when {@code site} is present. */
  private record Error(Element element, Optional<AnnotationSite> site, String message) {}

  private final List<Error> errors = new ArrayList<>();

  void error(Element element, String message) {
    errors.add(new Error(element, Optional.empty(), message));
  }

  /** Reports a problem of {@code annotation} of {@code element}. */
  void error(Element element, AnnotationMirror annotation, String message) {
    errors.add(new Error(element, Optional.of(new AnnotationSite(annotation, Optional.empty())), message));
  }

  /** Reports a problem of {@code value} in {@code annotation} of {@code element}. */
  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors.add(new Error(element, Optional.of(new AnnotationSite(annotation, Optional.of(value))), message));
  }

  int errorCount() {
    return errors.size();
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  void reportTo(Messager messager) {
    for (Error error : errors) {
      if (error.site().isPresent()) {
        AnnotationSite site = error.site().get();
        if (site.value().isPresent()) {
          messager.printMessage(Kind.ERROR, error.message(), error.element(), site.annotation(), site.value().get());
        } else {
          messager.printMessage(Kind.ERROR, error.message(), error.element(), site.annotation());
        }
      } else {
        messager.printMessage(Kind.ERROR, error.message(), error.element());
      }
    }
  }
}
