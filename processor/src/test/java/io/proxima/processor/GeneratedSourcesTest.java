package io.proxima.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.generatedSource;
import static io.proxima.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What the processor writes for valid interfaces, and that it compiles cleanly. */
class GeneratedSourcesTest {

  @Test
  void account_generatesProxySkeletonDispatcherAndDescriptor_withoutWarnings() {
    Compilation compilation = compile(Fixtures.account());

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(ExpectedSources.ACCOUNT_PROXY, generatedSource(compilation, "com.acme.Account_Proxy"));
    assertEquals(ExpectedSources.ACCOUNT_SKELETON, generatedSource(compilation, "com.acme.Account_Skeleton"));
    assertEquals(ExpectedSources.ACCOUNT_DISPATCHER, generatedSource(compilation, "com.acme.Account_Dispatcher"));
    assertEquals(ExpectedSources.ACCOUNT_DESCRIPTOR, generatedSource(compilation, "com.acme.Account_Descriptor"));
  }

  @Test
  void compilingTwice_generatesTheSameBytes() {
    Map<String, byte[]> first = Compilations.generatedFiles(compile(everyFixture()));
    Map<String, byte[]> second = Compilations.generatedFiles(compile(everyFixture()));

    assertEquals(first.keySet(), second.keySet());
    assertThat(first.keySet()).contains("/SOURCE_OUTPUT/com/acme/Ledger_Skeleton.java");
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void serviceIndex_listsEveryDescriptor_sortedByBinaryName() {
    Compilation compilation = compile(Fixtures.concat(Fixtures.kitchen(), Fixtures.account()));

    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", ServiceIndex.PATH)
        .contentsAsUtf8String()
        .isEqualTo("com.acme.Account_Descriptor\ncom.acme.Kitchen_Descriptor\n");
  }

  @Test
  void nestedInterface_generatedClassesAreNamedAfterEnclosingAndNestedNames() {
    Compilation compilation = compile(source("com.acme.Bank", """
        package com.acme;

        import io.proxima.Remote;

        public final class Bank {
          private Bank() {}

          @Remote
          public interface Teller {
            String greet(String name);
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    for (String suffix : new String[] {"Proxy", "Dispatcher", "Skeleton", "Descriptor"}) {
      assertThat(compilation).generatedSourceFile("com.acme.Bank_Teller_" + suffix);
    }
    assertThat(generatedSource(compilation, "com.acme.Bank_Teller_Proxy"))
        .contains("public final class Bank_Teller_Proxy extends RemoteProxy implements Bank.Teller {");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", ServiceIndex.PATH)
        .contentsAsUtf8String()
        .isEqualTo("com.acme.Bank_Teller_Descriptor\n");
  }

  @Test
  void overloadedAndCamelCaseMethods_getNumberedUpperSnakeConstantsAndSkeletonMethods() {
    Compilation compilation = compile(source("com.acme.Search", """
        package com.acme;

        import io.proxima.Remote;

        @Remote
        public interface Search {
          String find(String name);
          String findAll(String name);
          String find(int id);
          long fingerprint();
          String getURLName();
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    String descriptor = generatedSource(compilation, "com.acme.Search_Descriptor");
    assertThat(descriptor).contains("FIND_1 = MethodDescriptor.sync(Search.class, \"find(java.lang.String)\", ");
    assertThat(descriptor).contains("FIND_ALL = MethodDescriptor.sync(Search.class, \"findAll(java.lang.String)\", ");
    assertThat(descriptor).contains("FIND_2 = MethodDescriptor.sync(Search.class, \"find(int)\", ");
    assertThat(descriptor).contains("FINGERPRINT_ = MethodDescriptor.sync(Search.class, \"fingerprint()\", ");
    assertThat(descriptor).contains("GET_URL_NAME = MethodDescriptor.sync(Search.class, \"getURLName()\", ");
    assertThat(descriptor).contains("return List.of(FIND_1, FIND_ALL, FIND_2, FINGERPRINT_, GET_URL_NAME);");
    String skeleton = generatedSource(compilation, "com.acme.Search_Skeleton");
    assertThat(skeleton).contains("static void find_1(Search target, ValueReader arguments, ValueWriter result) {");
    assertThat(skeleton).contains("static void find_2(Search target, ValueReader arguments, ValueWriter result) {");
  }

  @Test
  void parametersNamedLikeGeneratedNames_areRenamedOnlyInGeneratedLocals() {
    Compilation compilation = compile(source("com.acme.Names", """
        package com.acme;

        import io.proxima.Remote;

        @Remote
        public interface Names {
          String clash(String call, String invoker, String target, String arguments, String result);
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Names_Proxy")).contains("""
          public String clash(String call, String invoker, String target, String arguments, String result) {
            try (Call call_ = this.invoker.newCall(Names_Descriptor.CLASH)) {
              call_.writeObject(call, String.class);
              call_.writeObject(invoker, String.class);
        """);
    assertThat(generatedSource(compilation, "com.acme.Names_Skeleton")).contains("""
            String result_ = arguments.readObject(String.class);
            result.writeObject(target.clash(call, invoker, target_, arguments_, result_), String.class);
        """);
  }

  @Test
  void typesNamedLikeTheApiTypes_areQualifiedWhereTheyClash() {
    Compilation compilation = compile(
        source("com.acme.Dispatcher", """
            package com.acme;

            import io.proxima.Remote;
            import java.util.List;

            @Remote
            public interface Dispatcher {
              record Call(String id) {}

              List<Call> calls(Call call, Invoker invoker);
            }
            """),
        source("com.acme.Invoker", """
            package com.acme;

            public record Invoker(String name) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String descriptor = generatedSource(compilation, "com.acme.Dispatcher_Descriptor");
    assertThat(descriptor).contains("return List.of(Dispatcher.Call.class, Invoker.class);");
    assertThat(descriptor).contains("public io.proxima.spi.Dispatcher newDispatcher(Dispatcher target) {");
    assertThat(generatedSource(compilation, "com.acme.Dispatcher_Proxy"))
        .contains("try (io.proxima.spi.Call call_ = this.invoker.newCall(Dispatcher_Descriptor.CALLS)) {");
  }

  @Test
  void methodInheritedTwice_isOneRemoteMethod_withTheMostSpecificResultAndTheExceptionsBothAllow() {
    Compilation compilation = compile(source("com.acme.Document", """
        package com.acme;

        import io.proxima.Remote;

        interface Named {
          Object name();
          void close() throws java.io.IOException;
        }

        interface Titled {
          String name();
          void close();
        }

        @Remote
        public interface Document extends Named, Titled {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Document_Descriptor")).contains("return List.of(NAME, CLOSE);");
    String proxy = generatedSource(compilation, "com.acme.Document_Proxy");
    assertThat(proxy).contains("public String name() {");
    assertThat(proxy).contains("public void close() {");
  }

  @Test
  void defaultMethodsDecideWhatIsRemote_asTheyDecideWhatIsAbstract() {
    Compilation compilation = compile(source("com.acme.Greeter", """
        package com.acme;

        import io.proxima.Remote;

        interface Polite {
          default String hello() {
            return "hello";
          }

          String greet(String name);
        }

        @Remote
        public interface Greeter extends Polite {
          @Override
          String hello();

          @Override
          default String greet(String name) {
            return hello() + " " + name;
          }
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Greeter_Descriptor")).contains("return List.of(HELLO);");
    assertThat(generatedSource(compilation, "com.acme.Greeter_Proxy")).doesNotContain("greet");
  }

  @Test
  void packagePrivateInterface_withSelfReferencingAndCyclicValueTypes_compilesWithoutWarnings() {
    Compilation compilation = compile(
        source("com.acme.Graph", """
            package com.acme;

            import io.proxima.Remote;
            import java.util.List;

            @Remote
            interface Graph {
              Vertex root();
              void add(List<? extends Vertex> vertices, Object label, Comparable<?> rank);
            }
            """),
        source("com.acme.Vertex", """
            package com.acme;

            class Vertex {
              Vertex parent;
              Edge[] edges;
              transient Thread owner;
              static ClassLoader loader;
            }
            """),
        source("com.acme.Edge", """
            package com.acme;

            record Edge(Vertex from, Vertex to) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Graph_Descriptor"))
        .contains("return List.of(Edge.class, Vertex.class);");
  }

  @Test
  void emptyInterface_dispatchesNothing() {
    Compilation compilation = compile(source("com.acme.Marker", """
        package com.acme;

        @io.proxima.Remote
        public interface Marker {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Marker_Dispatcher")).contains("""
            switch (methodId) {
              default:
                return null;
            }
        """);
  }

  @Test
  void withEveryLint_theOnlyWarningsAreThatAnnotationsAreNotClaimed() {
    Compilation compilation = compile("-Xlint:all", everyFixture());

    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).isNotEmpty();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      assertThat(warning.getMessage(null)).startsWith("No processor claimed any of these annotations: ");
    }
  }

  @Test
  void typeGeneratedByAnotherProcessor_isWaitedFor() {
    JavaFileObject wallet = source("com.acme.Wallet", """
        package com.acme;

        import io.proxima.Remote;

        @Remote
        public interface Wallet {
          Money total();
        }
        """);

    Compilation compilation = Compiler.javac()
        .withProcessors(new RemoteProcessor(), new MoneyGenerator())
        .withOptions(Compilations.LINT)
        .compile(wallet);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Wallet_Descriptor")).contains("return List.of(Money.class);");
  }

  @Test
  void typeThatNeverResolves_reportsThatNoCodeWasGenerated() {
    JavaFileObject wallet = source("com.acme.Wallet", """
        package com.acme;

        import io.proxima.Remote;

        @Remote
        public interface Wallet {
          Money total();
        }
        """);

    Compilation compilation = compile(wallet);

    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation)
        .hadErrorContaining("no code was generated for com.acme.Wallet because a type it uses could not be "
            + "resolved; fix the errors about that type first")
        .inFile(wallet)
        .onLineContaining("public interface Wallet");
    assertThat(compilation).hadErrorCount(2);
  }

  private static JavaFileObject[] everyFixture() {
    JavaFileObject[] sync = Fixtures.concat(Fixtures.account(), Fixtures.kitchen());
    return Fixtures.concat(Fixtures.concat(sync, CallKindFixtures.teller()), CallKindFixtures.ledger());
  }

  /** Writes {@code com.acme.Money} in the first round, as a processor like AutoValue would. */
  private static final class MoneyGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("com.acme.Money").openWriter()) {
          writer.write("package com.acme;\n\npublic record Money(long cents) {}\n");
        } catch (IOException e) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
