package io.proxima.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Generates the proxy, dispatcher, skeleton and descriptor of every {@code @io.proxima.Remote}
 * interface, and the service index that lists the descriptors.
 *
 * <p>For {@code com.acme.Account} it writes {@code com.acme.Account_Proxy},
 * {@code Account_Dispatcher}, {@code Account_Skeleton} and {@code Account_Descriptor}; a nested
 * {@code Outer.Inner} gets {@code Outer_Inner_Proxy} and so on. An interface that cannot work is
 * reported as compile errors on the offending elements, and nothing is generated for it. The
 * annotation is never claimed, so other processors see it too.
 */
@AutoService(Processor.class)
public final class RemoteProcessor extends AbstractProcessor {
  /** Interfaces that use a type not generated yet, by canonical name; retried each round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Binary names of the descriptors generated in this compilation. */
  private final Set<String> descriptors = new TreeSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ApplicationTypes.REMOTE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      reportDeferred();
      writeServiceIndex();
      return false;
    }
    RemoteInterfaceValidator validator = new RemoteInterfaceValidator(processingEnv);
    for (TypeElement type : typesToProcess(round)) {
      process(type, validator);
    }
    return false;
  }

  private List<TypeElement> typesToProcess(RoundEnvironment round) {
    Map<String, TypeElement> types = new LinkedHashMap<>();
    for (String name : deferred) {
      Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name)).ifPresent(type -> types.put(name, type));
    }
    deferred.clear();
    TypeElement remote = processingEnv.getElementUtils().getTypeElement(ApplicationTypes.REMOTE);
    if (remote != null) {
      for (Element element : round.getElementsAnnotatedWith(remote)) {
        if (element instanceof TypeElement type) {
          types.putIfAbsent(type.getQualifiedName().toString(), type);
        }
      }
    }
    return List.copyOf(types.values());
  }

  private void process(TypeElement type, RemoteInterfaceValidator validator) {
    Diagnostics diagnostics = new Diagnostics();
    try {
      Optional<RemoteInterfaceModel> model = validator.validate(type, diagnostics);
      diagnostics.reportTo(processingEnv.getMessager());
      if (model.isPresent()) {
        write(model.get(), type);
      }
    } catch (TypeNotPresentException e) {
      // Another processor may generate the missing type in this round; try again in the next.
      deferred.add(type.getQualifiedName().toString());
    } catch (RuntimeException e) {
      error(type, "Proxima's processor failed on " + type.getQualifiedName() + "; please report this with the trace:\n"
          + stackTrace(e));
    }
  }

  private void write(RemoteInterfaceModel model, TypeElement type) {
    List<JavaFile> files = List.of(
        DescriptorWriter.write(model, type),
        ProxyWriter.write(model, type),
        DispatcherWriter.write(model, type),
        SkeletonWriter.write(model, type));
    try {
      for (JavaFile file : files) {
        file.writeTo(processingEnv.getFiler());
      }
      descriptors.add(model.descriptor().reflectionName());
    } catch (IOException e) {
      error(type, "could not write the code generated for " + type.getQualifiedName() + ": " + e.getMessage());
    }
  }

  private void reportDeferred() {
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        error(type, "no code was generated for " + name
            + " because a type it uses could not be resolved; fix the errors about that type first");
      }
    }
    deferred.clear();
  }

  private void writeServiceIndex() {
    if (descriptors.isEmpty()) {
      return;
    }
    try {
      ServiceIndex.write(processingEnv.getFiler(), descriptors);
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Kind.ERROR, "could not write " + ServiceIndex.PATH + ": " + e.getMessage());
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Kind.ERROR, message, element);
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
