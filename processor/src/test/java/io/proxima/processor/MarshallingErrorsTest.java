package io.proxima.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Types that cannot travel: the exact message, on the parameter or on the method. */
class MarshallingErrorsTest {
  private static final String NOT_ON_WIRE =
      " is not supported on the wire; supported JDK types are listed in io.proxima.spi.WireTypes";
  private static final String RESOURCE =
      " is a resource (AutoCloseable) bound to this JVM; send its contents, for example as a byte[] or a value type, instead";
  private static final String BOUND = " is bound to this JVM and means nothing in another; send the data it works on instead";
  private static final String CODE = " is code, which cannot be sent by value; send data that describes the work instead";

  /** {@code @Remote public interface Api} with the given members. */
  private static JavaFileObject api(String members) {
    return source("com.acme.Api", "package com.acme;\n\n@io.proxima.Remote\npublic interface Api {\n" + members + "}\n");
  }

  @Test
  void jdkTypeNotOnTheWire_asParameter_isReportedOnTheParameter() {
    JavaFileObject api = api("""
          void save(
              String name,
              java.io.File file);
        """);

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("parameter file of type java.io.File cannot be marshalled: java.io.File" + NOT_ON_WIRE)
        .inFile(api)
        .onLineContaining("java.io.File file");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void jdkTypeNotOnTheWire_asResult_isReportedOnTheMethod() {
    JavaFileObject api = api("  java.net.InetAddress address();\n");

    assertThat(compile(api))
        .hadErrorContaining("result of type java.net.InetAddress cannot be marshalled: java.net.InetAddress" + NOT_ON_WIRE)
        .inFile(api)
        .onLineContaining("address();");
  }

  static Stream<Arguments> typesThatCanNeverBeMarshalled() {
    return Stream.of(
        Arguments.of("Class<?>", "java.lang.Class<?>",
            "java.lang.Class stands for code loaded in this JVM; send a class name or an enum instead"),
        Arguments.of("Thread", "java.lang.Thread", "java.lang.Thread" + BOUND),
        Arguments.of("ClassLoader", "java.lang.ClassLoader", "java.lang.ClassLoader" + BOUND),
        Arguments.of("java.lang.reflect.Method", "java.lang.reflect.Method", "java.lang.reflect.Method" + BOUND),
        Arguments.of("java.io.InputStream", "java.io.InputStream", "java.io.InputStream" + RESOURCE),
        Arguments.of("java.net.Socket", "java.net.Socket", "java.net.Socket" + RESOURCE),
        Arguments.of("java.nio.channels.SocketChannel", "java.nio.channels.SocketChannel",
            "java.nio.channels.SocketChannel" + RESOURCE),
        Arguments.of("java.util.stream.Stream<String>", "java.util.stream.Stream<java.lang.String>",
            "java.util.stream.Stream" + RESOURCE),
        Arguments.of("java.util.function.Function<String, String>",
            "java.util.function.Function<java.lang.String,java.lang.String>", "java.util.function.Function" + CODE),
        Arguments.of("Runnable", "java.lang.Runnable", "java.lang.Runnable" + CODE),
        Arguments.of("java.util.concurrent.Callable<String>", "java.util.concurrent.Callable<java.lang.String>",
            "java.util.concurrent.Callable" + CODE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typesThatCanNeverBeMarshalled")
  void typeThatCanNeverBeMarshalled_isRefused_sayingWhatToSendInstead(String declared, String shown, String reason) {
    JavaFileObject api = api("  void send(" + declared + " value);\n");

    assertThat(compile(api))
        .hadErrorContaining("parameter value of type " + shown + " cannot be marshalled: " + reason)
        .inFile(api)
        .onLineContaining("void send(");
  }

  @Test
  void classWithoutNoArgumentConstructor_isRefused() {
    JavaFileObject money = source("com.acme.Money", """
        package com.acme;

        public final class Money {
          private final long cents;

          public Money(long cents) {
            this.cents = cents;
          }

          public long cents() {
            return cents;
          }
        }
        """);
    JavaFileObject api = api("  void pay(Money amount);\n");

    assertThat(compile(money, api))
        .hadErrorContaining("parameter amount of type com.acme.Money cannot be marshalled: com.acme.Money has no "
            + "no-argument constructor; add one (it may be private), or make Money a record")
        .inFile(api)
        .onLineContaining("void pay(");
  }

  @Test
  void innerClass_isRefused() {
    JavaFileObject outer = source("com.acme.Outer", """
        package com.acme;

        public class Outer {
          public class Inner {}
        }
        """);
    JavaFileObject api = api("  void take(Outer.Inner inner);\n");

    assertThat(compile(outer, api))
        .hadErrorContaining("parameter inner of type com.acme.Outer.Inner cannot be marshalled: com.acme.Outer.Inner "
            + "is an inner class, which cannot be created without its enclosing instance; declare it static")
        .inFile(api)
        .onLineContaining("void take(");
  }

  @Test
  void privateClass_isRefused_becauseGeneratedCodeMustNameIt() {
    JavaFileObject holder = source("com.acme.Holder", """
        package com.acme;

        public class Holder {
          private static class Secret {}

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

  @Test
  void publicClassInsidePrivateClass_isRefused_namingTheEnclosingClass() {
    JavaFileObject holder = source("com.acme.Holder", """
        package com.acme;

        public class Holder {
          private static class Vault {
            public record Key(String code) {}
          }

          @io.proxima.Remote
          interface Api {
            void open(Vault.Key key);
          }
        }
        """);

    assertThat(compile(holder))
        .hadErrorContaining("parameter key of type com.acme.Holder.Vault.Key cannot be marshalled: "
            + "com.acme.Holder.Vault.Key is inside com.acme.Holder.Vault, which is private, but generated code must "
            + "be able to name Key; make Vault package-private or public")
        .inFile(holder)
        .onLineContaining("void open(");
  }

  @Test
  void nonPublicClassOfAnotherPackage_reachedThroughAField_isRefused() {
    JavaFileObject box = source("com.other.Box", """
        package com.other;

        public class Box {
          Hidden hidden;
        }

        class Hidden {}
        """);
    JavaFileObject api = api("  void store(com.other.Box box);\n");

    assertThat(compile(box, api))
        .hadErrorContaining("field Box.hidden of type com.other.Hidden cannot be marshalled: com.other.Hidden is not "
            + "public, but generated code in package com.acme must be able to name Hidden; make Hidden public")
        .inFile(api)
        .onLineContaining("void store(");
  }

  @Test
  void fieldOfValueTypeThatCannotBeMarshalled_isReportedWithItsPath() {
    JavaFileObject order = source("com.acme.Order", """
        package com.acme;

        public class Order {
          String id;
          java.io.InputStream payload;
        }
        """);
    JavaFileObject api = api("  void place(Order order);\n");

    Compilation compilation = compile(order, api);

    assertThat(compilation)
        .hadErrorContaining("field Order.payload of type java.io.InputStream cannot be marshalled: java.io.InputStream"
            + RESOURCE)
        .inFile(api)
        .onLineContaining("void place(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void fieldReachedThroughOtherValueTypes_isReportedWithThePathFromTheParameter() {
    JavaFileObject invoice = source("com.acme.Invoice", """
        package com.acme;

        import java.util.List;

        public record Invoice(String number, List<Line> lines) {
          public static class Line {
            Invoice invoice;
            Thread worker;
          }
        }
        """);
    JavaFileObject api = api("  Invoice latest();\n");

    assertThat(compile(invoice, api))
        .hadErrorContaining("field Invoice.lines -> Invoice.Line.worker of type java.lang.Thread cannot be marshalled: "
            + "java.lang.Thread" + BOUND)
        .inFile(api)
        .onLineContaining("Invoice latest();");
  }

  @Test
  void typeArgumentThatCannotBeMarshalled_isRefused() {
    JavaFileObject api = api("""
          void upload(java.util.List<java.io.File> files);
          void uploadAll(java.util.Map<String, ? extends java.io.File> files);
        """);

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("parameter files of type java.util.List<java.io.File> cannot be marshalled: java.io.File"
            + NOT_ON_WIRE)
        .inFile(api)
        .onLineContaining("void upload(");
    assertThat(compilation)
        .hadErrorContaining("parameter files of type java.util.Map<java.lang.String,? extends java.io.File> cannot be "
            + "marshalled: java.io.File" + NOT_ON_WIRE)
        .inFile(api)
        .onLineContaining("void uploadAll(");
  }

  @Test
  void classExtendingAJdkClass_isRefused() {
    JavaFileObject settings = source("com.acme.Settings", """
        package com.acme;

        public class Settings extends java.util.HashMap<String, String> {
          private static final long serialVersionUID = 1L;
        }
        """);
    JavaFileObject api = api("  Settings settings();\n");

    assertThat(compile(settings, api))
        .hadErrorContaining("result of type com.acme.Settings cannot be marshalled: com.acme.Settings extends "
            + "java.util.HashMap, whose state cannot be marshalled field by field; hold the java.util.HashMap in a "
            + "field instead of extending it")
        .inFile(api)
        .onLineContaining("Settings settings();");
  }

  @Test
  void permittedSubclassOfSealedType_thatCannotBeMarshalled_isRefused() {
    JavaFileObject shape = source("com.acme.Shape", """
        package com.acme;

        public sealed interface Shape permits Dot, Blob {}

        record Dot(int x, int y) implements Shape {}

        final class Blob implements Shape {
          Blob(int size) {}
        }
        """);
    JavaFileObject api = api("  Shape shape();\n");

    assertThat(compile(shape, api))
        .hadErrorContaining("permitted subclass com.acme.Blob of com.acme.Shape cannot be marshalled: com.acme.Blob has "
            + "no no-argument constructor; add one (it may be private), or make Blob a record")
        .inFile(api)
        .onLineContaining("Shape shape();");
  }

  @Test
  void declaredExceptionWithFieldThatCannotBeMarshalled_isReportedOnTheMethod() {
    JavaFileObject broken = source("com.acme.Broken", """
        package com.acme;

        public class Broken extends Exception {
          private static final long serialVersionUID = 1L;
          java.io.Reader reader;
        }
        """);
    JavaFileObject api = api("  void open() throws Broken;\n");

    assertThat(compile(broken, api))
        .hadErrorContaining("field Broken.reader of type java.io.Reader cannot be marshalled: java.io.Reader" + RESOURCE)
        .inFile(api)
        .onLineContaining("void open()");
  }

  @Test
  void annotationType_isRefused() {
    JavaFileObject tag = source("com.acme.Tag", """
        package com.acme;

        public @interface Tag {}
        """);
    JavaFileObject api = api("  void label(Tag tag);\n");

    assertThat(compile(tag, api))
        .hadErrorContaining("parameter tag of type com.acme.Tag cannot be marshalled: com.acme.Tag is an annotation "
            + "type, whose instances cannot be marshalled; send the values it holds instead")
        .inFile(api)
        .onLineContaining("void label(");
  }
}
