package io.proxima.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles test sources with the processor, and reads or loads what came out. */
final class Compilations {
  /** Every lint but "processing", which flags the annotation that the processor deliberately does not claim. */
  static final String LINT = "-Xlint:all,-processing";

  private Compilations() {}

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(LINT, sources);
  }

  static Compilation compile(String lint, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new RemoteProcessor()).withOptions(lint).compile(sources);
  }

  /** The text of a generated source file, such as {@code com.acme.Account_Proxy}. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName));
    return read(file);
  }

  /** Every generated file (sources, classes, resources) by its path in its output location. */
  static Map<String, byte[]> generatedFiles(Compilation compilation) {
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      files.put(file.toUri().getPath(), bytes(file));
    }
    return files;
  }

  /** Writes the class output to {@code directory} and returns a loader for it. */
  static URLClassLoader load(Compilation compilation, Path directory) {
    String marker = "/CLASS_OUTPUT/";
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        int start = path.indexOf(marker);
        if (start >= 0) {
          Path target = directory.resolve(path.substring(start + marker.length()));
          Files.createDirectories(target.getParent());
          Files.write(target, bytes(file));
        }
      }
      return new URLClassLoader(new URL[] {directory.toUri().toURL()}, Compilations.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles with the system compiler into {@code directory} and returns the generated sources by
   * qualified name, whether or not the compilation succeeded (compile-testing hides the files of a
   * failed compilation).
   */
  static List<String> generatedSourceNames(Path directory, JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, UTF_8)) {
      Path generated = Files.createDirectories(directory.resolve("generated"));
      List<String> options = List.of(
          "-d", Files.createDirectories(directory.resolve("classes")).toString(),
          "-s", generated.toString(),
          "-classpath", System.getProperty("java.class.path"),
          LINT);
      CompilationTask task = javac.getTask(null, files, diagnostic -> {}, options, null, List.of(sources));
      task.setProcessors(List.of(new RemoteProcessor()));
      task.call();
      try (Stream<Path> paths = Files.walk(generated)) {
        return paths.filter(path -> path.toString().endsWith(".java"))
            .map(path -> generated.relativize(path).toString().replace(".java", "").replace(File.separatorChar, '.'))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(JavaFileObject file) {
    return new String(bytes(file), UTF_8);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
