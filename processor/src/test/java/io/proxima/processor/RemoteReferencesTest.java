package io.proxima.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.generatedSource;
import static io.proxima.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import io.proxima.spi.MethodDescriptor;
import java.lang.reflect.Array;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Remote} interfaces travel by reference wherever a value may: they are accepted, written
 * by their declared type and kept out of the value types; classes that implement one, and
 * interfaces that extend one without being {@code @Remote}, are refused as declared types.
 */
class RemoteReferencesTest {
  private static final String BY_REFERENCE = "com.acme.ListenerImpl implements the @Remote interface "
      + "com.acme.Listener, so its instances travel by reference and arrive as a proxy of com.acme.Listener; "
      + "declare the type as com.acme.Listener";

  @TempDir Path classes;

  @Test
  void remoteInterface_inEveryValuePosition_compilesWithoutWarnings_andIsNotAValueType() throws Exception {
    Compilation compilation = compile(ReferenceFixtures.hub());

    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Connected hub = Connected.connect(loader, "com.acme.Hub", "com.acme.HubImpl");
      assertEquals(List.of("com.acme.Event"), hub.descriptor().valueTypes().stream().map(Class::getName).toList());
      MethodDescriptor firstAsync = hub.descriptor().methods().stream()
          .filter(method -> method.signature().equals("firstAsync()"))
          .findFirst()
          .orElseThrow();
      assertSame(loader.loadClass("com.acme.Listener"), firstAsync.asyncResultType());
    }
  }

  @Test
  void remoteInterface_isWrittenAndReadByItsDeclaredType_likeAnyInterface() {
    Compilation compilation = compile(ReferenceFixtures.hub());

    String proxy = generatedSource(compilation, "com.acme.Hub_Proxy");
    assertThat(proxy).contains("call.writeObject(listener, Listener.class);");
    assertThat(proxy).contains("return call.readObject(Listener.class);");
    assertThat(proxy).contains("call.writeObject(extra, Listener[].class);");
    assertThat(proxy).contains("return call.readObject(Listener[].class);");
    String skeleton = generatedSource(compilation, "com.acme.Hub_Skeleton");
    assertThat(skeleton).contains("Listener listener = arguments.readObject(Listener.class);");
    assertThat(skeleton).contains("result.writeObject(target.first(), Listener.class);");
    assertThat(skeleton).contains("result.writeObject(target.all(), List.class);");
  }

  @Test
  void generatedCode_passesTheObjectsOfARemoteInterface_throughEveryPosition() throws Throwable {
    Compilation compilation = compile(ReferenceFixtures.hub());
    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.load(compilation, classes)) {
      Connected hub = Connected.connect(loader, "com.acme.Hub", "com.acme.HubImpl");
      Class<?> listenerType = loader.loadClass("com.acme.Listener");
      Object listener = loader.loadClass("com.acme.RecordingListener").getConstructor().newInstance();
      Object extra = Array.newInstance(listenerType, 1);
      Array.set(extra, 0, listener);
      Object event = loader.loadClass("com.acme.Event").getConstructor(String.class, listenerType)
          .newInstance("opened", listener);

      hub.call("subscribe", listener);

      assertSame(listener, hub.call("first"));
      assertEquals(List.of(listener), hub.call("all"));
      assertArrayEquals(new Object[] {listener, listener}, (Object[]) hub.call("asArray", extra));
      assertSame(listener, ((CompletableFuture<?>) hub.call("firstAsync")).get(10, TimeUnit.SECONDS));
      Object published = hub.call("publish", event);
      assertEquals("Event[what=opened published, source=" + listener + "]", published.toString());
      assertEquals(List.of("opened"), listener.getClass().getField("seen").get(listener));
    }
  }

  @Test
  void remoteInterfaces_thatExtendAnotherOrAJdkInterface_areAcceptedAsThemselves() {
    JavaFileObject special = source("com.acme.Special", """
        package com.acme;

        @io.proxima.Remote
        public interface Special extends Listener, Runnable {}
        """);
    JavaFileObject api = api("""
          void watch(Special special);
          java.util.Map<String, ? extends Listener> byName();
        """);

    Compilation compilation = compile(ReferenceFixtures.LISTENER, special, api);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Api_Descriptor")).contains("return List.of();");
  }

  static Stream<Arguments> positionsOfAClassThatImplementsARemoteInterface() {
    return Stream.of(
        Arguments.of("void watch(ListenerImpl listener);", "void watch(",
            "parameter listener of type com.acme.ListenerImpl"),
        Arguments.of("ListenerImpl local();", "ListenerImpl local();", "result of type com.acme.ListenerImpl"),
        Arguments.of("void watchAll(java.util.List<ListenerImpl> listeners);", "void watchAll(",
            "parameter listeners of type java.util.List<com.acme.ListenerImpl>"),
        Arguments.of("void watchAll(ListenerImpl[] listeners);", "void watchAll(",
            "parameter listeners of type com.acme.ListenerImpl[]"),
        Arguments.of("java.util.concurrent.CompletableFuture<ListenerImpl> localAsync();", "localAsync();",
            "result of type java.util.concurrent.CompletableFuture<com.acme.ListenerImpl>"),
        Arguments.of("void publish(Notice notice);", "void publish(",
            "field Notice.source of type com.acme.ListenerImpl"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("positionsOfAClassThatImplementsARemoteInterface")
  void classImplementingARemoteInterface_isRefused_sayingToDeclareTheInterface(
      String member, String line, String subject) {
    JavaFileObject api = api("  " + member + "\n");

    Compilation compilation = compile(ReferenceFixtures.LISTENER, listenerImpl("public class"), notice(), api);

    assertThat(compilation).hadErrorContaining(subject + " cannot be marshalled: " + BY_REFERENCE)
        .inFile(api)
        .onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void abstractClassImplementingARemoteInterface_isRefused_sayingToDeclareTheInterface() {
    JavaFileObject api = api("  void watch(ListenerImpl listener);\n");

    Compilation compilation = compile(ReferenceFixtures.LISTENER, listenerImpl("public abstract class"), api);

    assertThat(compilation)
        .hadErrorContaining("parameter listener of type com.acme.ListenerImpl cannot be marshalled: " + BY_REFERENCE)
        .inFile(api)
        .onLineContaining("void watch(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void interfaceExtendingARemoteInterface_withoutBeingRemote_isRefused_sayingToDeclareOrAnnotate() {
    JavaFileObject special = source("com.acme.Special", """
        package com.acme;

        public interface Special extends Listener {
          void special();
        }
        """);
    JavaFileObject api = api("""
          void watch(
              String name,
              Special special);
        """);

    Compilation compilation = compile(ReferenceFixtures.LISTENER, special, api);

    assertThat(compilation)
        .hadErrorContaining("parameter special of type com.acme.Special cannot be marshalled: com.acme.Special "
            + "extends the @Remote interface com.acme.Listener but is not @Remote itself, so the receiver could only "
            + "get a proxy of com.acme.Listener; declare the type as com.acme.Listener or annotate com.acme.Special "
            + "with @Remote")
        .inFile(api)
        .onLineContaining("Special special);");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void remoteInterfaceThatGeneratedCodeCannotName_isRefused() {
    JavaFileObject holder = source("com.acme.Holder", """
        package com.acme;

        public class Holder {
          @io.proxima.Remote
          private interface Secret {}

          @io.proxima.Remote
          interface Api {
            void keep(Secret secret);
          }
        }
        """);

    assertThat(compile(holder))
        .hadErrorContaining("parameter secret of type com.acme.Holder.Secret cannot be marshalled: "
            + "com.acme.Holder.Secret is private, but generated code must be able to name Secret; "
            + "make Secret package-private or public")
        .inFile(holder)
        .onLineContaining("void keep(");
  }

  /** {@code @Remote public interface Api} with the given members. */
  private static JavaFileObject api(String members) {
    return source("com.acme.Api", "package com.acme;\n\n@io.proxima.Remote\npublic interface Api {\n" + members + "}\n");
  }

  private static JavaFileObject listenerImpl(String declaration) {
    return source("com.acme.ListenerImpl", """
        package com.acme;

        %s ListenerImpl implements Listener {
          @Override public void changed(String what) {}
        }
        """.formatted(declaration));
  }

  private static JavaFileObject notice() {
    return source("com.acme.Notice", """
        package com.acme;

        public record Notice(String what, ListenerImpl source) {}
        """);
  }
}
