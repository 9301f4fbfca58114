package io.proxima.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Remote interfaces that cannot work: errors on the type or on the method, and nothing generated. */
class InterfaceErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"class Api {}", "enum Api { ONE }", "record Api(int value) {}", "@interface Api {}"})
  void remoteOnAnythingButAnInterface_isReportedOnTheType(String declaration) {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public %s
        """.formatted(declaration));

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@Remote applies to interfaces only; declare Api as an interface")
        .inFile(api)
        .onLineContaining(declaration);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericInterface_isReportedOnTheType() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api<T> {
          String name();
        }
        """);

    assertThat(compile(api)).hadErrorContaining("remote interfaces and methods cannot declare type parameters; use concrete types")
        .inFile(api)
        .onLineContaining("interface Api<T>");
  }

  @Test
  void genericMethod_isReportedOnTheMethod() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api {
          String name();
          <T extends Comparable<T>> T largest(java.util.List<T> values);
        }
        """);

    assertThat(compile(api)).hadErrorContaining("remote interfaces and methods cannot declare type parameters; use concrete types")
        .inFile(api)
        .onLineContaining("T largest(");
  }

  @Test
  void genericMethodThrowingItsTypeParameter_isReportedOnce_asDeclaringATypeParameter() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api {
          <E extends Exception> void run() throws E;
        }
        """);

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("remote interfaces and methods cannot declare type parameters; use concrete types")
        .inFile(api)
        .onLineContaining("void run()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sealedInterface_isReportedOnTheType() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public sealed interface Api permits ApiImpl {
          String name();
        }

        final class ApiImpl implements Api {
          @Override public String name() { return "impl"; }
        }
        """);

    assertThat(compile(api))
        .hadErrorContaining("@Remote interface Api cannot be sealed, because its generated proxy implements it; "
            + "remove the sealed modifier")
        .inFile(api)
        .onLineContaining("sealed interface Api");
  }

  @Test
  void privateNestedInterface_isReportedOnTheType() {
    JavaFileObject holder = source("com.acme.Holder", """
        package com.acme;

        public class Holder {
          @io.proxima.Remote
          private interface Api {
            String name();
          }
        }
        """);

    assertThat(compile(holder))
        .hadErrorContaining("com.acme.Holder.Api is private, but generated code must be able to name Api; "
            + "make Api package-private or public")
        .inFile(holder)
        .onLineContaining("private interface Api");
  }

  @Test
  void methodOfObjectRedeclared_isReportedOnTheMethod() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api {
          String name();
          String toString();
        }
        """);

    assertThat(compile(api))
        .hadErrorContaining("toString() cannot be a remote method: every proxy implements it locally in "
            + "io.proxima.spi.RemoteProxy; remove it or rename it")
        .inFile(api)
        .onLineContaining("String toString();");
  }

  @Test
  void collidingMethodIds_reportsErrorOnSecondMethod() {
    // "op71136()" and "op131859()" share their first four SHA-256 bytes, 0x4811d462; they were found
    // by hashing "op0()", "op1()", ... once, until two ids were equal.
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api {
          void op71136();
          String name();
          void op131859();
        }
        """);

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("method id 0x4811d462 of op131859() collides with that of op71136(); rename one of them")
        .inFile(api)
        .onLineContaining("void op131859();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void problemOfAnInheritedMethod_isReportedOnTheRemoteInterface_namingTheMethod() {
    JavaFileObject base = source("com.acme.Base", """
        package com.acme;

        public interface Base {
          void save(java.io.File file);
        }
        """);
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api extends Base {
          String name();
        }
        """);

    assertThat(compile(base, api))
        .hadErrorContaining("inherited method Base.save(java.io.File): parameter file of type java.io.File cannot be "
            + "marshalled: java.io.File is not supported on the wire; supported JDK types are listed in "
            + "io.proxima.spi.WireTypes")
        .inFile(api)
        .onLineContaining("public interface Api extends Base");
  }

  @Test
  void everyErrorOfAType_isReported_andNothingIsGeneratedForIt(@TempDir Path output) {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api<T> {
          java.io.File file();
          void send(Thread thread, Runnable task);
          int hashCode();
        }
        """);
    JavaFileObject good = source("com.acme.Good", """
        package com.acme;

        @io.proxima.Remote
        public interface Good {
          String name();
        }
        """);

    Compilation compilation = compile(api, good);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation).hadErrorContaining("type parameters").inFile(api).onLineContaining("interface Api<T>");
    assertThat(compilation).hadErrorContaining("result of type java.io.File").inFile(api).onLineContaining("file();");
    assertThat(compilation).hadErrorContaining("parameter thread of type java.lang.Thread").inFile(api).onLineContaining("send(");
    assertThat(compilation).hadErrorContaining("parameter task of type java.lang.Runnable").inFile(api).onLineContaining("send(");
    assertThat(compilation).hadErrorContaining("hashCode() cannot be a remote method").inFile(api).onLineContaining("hashCode");
    assertThat(Compilations.generatedSourceNames(output, api, good))
        .containsExactly("com.acme.Good_Descriptor", "com.acme.Good_Dispatcher", "com.acme.Good_Proxy", "com.acme.Good_Skeleton");
  }
}
