package io.proxima.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The errors found in one remote interface. They are held back until validation finishes, so that
 * an interface deferred to a later round (because a type it uses is not generated yet) does not
 * report them twice.
 */
final class Diagnostics {
  private record Error(Element element, String message) {}

  private final List<Error> errors = new ArrayList<>();

  void error(Element element, String message) {
    errors.add(new Error(element, message));
  }

  int errorCount() {
    return errors.size();
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  void reportTo(Messager messager) {
    for (Error error : errors) {
      messager.printMessage(Kind.ERROR, error.message(), error.element());
    }
  }
}
