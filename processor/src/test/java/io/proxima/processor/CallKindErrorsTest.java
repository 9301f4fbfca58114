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
import org.junit.jupiter.params.provider.ValueSource;

/** Misused {@code @OneWay}, {@code @Idempotent}, {@code @Timeout} and futures: the exact message, on the exact element. */
class CallKindErrorsTest {
  private static final String FUTURE_VALUE = " is a future, which cannot travel by value; only the result of a "
      + "method may be a CompletableFuture or CompletionStage, which makes the method asynchronous";
  private static final String IDEMPOTENT_ONE_WAY = "@Idempotent has no effect on a @OneWay method, which is never "
      + "answered and so never retried; remove one of the two";
  private static final String OTHER_FUTURE = " is not supported: an asynchronous method must return "
      + "CompletableFuture<T> or CompletionStage<T>; declare one of them instead of ";

  /** {@code @Remote public interface Api} with the given members. */
  private static JavaFileObject api(String members) {
    return source("com.acme.Api", """
        package com.acme;

        import io.proxima.OneWay;
        import io.proxima.Timeout;
        import java.util.concurrent.CompletableFuture;

        @io.proxima.Remote
        public interface Api {
        %s}
        """.formatted(members));
  }

  @Test
  void oneWayMethod_withAResult_isReportedOnTheMethod() {
    JavaFileObject api = api("""
          @OneWay
          long audit(String line);
        """);

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@OneWay method audit must return void: a one-way call has no reply")
        .inFile(api)
        .onLineContaining("long audit(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void oneWayMethod_returningAFuture_isReportedAsHavingAResult() {
    JavaFileObject api = api("""
          @OneWay
          CompletableFuture<Long> balanceAsync();
        """);

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@OneWay method balanceAsync must return void: a one-way call has no reply")
        .inFile(api)
        .onLineContaining("balanceAsync();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void oneWayMethod_withCheckedExceptions_isReportedForEachOne_whileUncheckedOnesAreAllowed() {
    JavaFileObject api = api("""
          @OneWay
          void audit(String line) throws java.io.IOException, IllegalStateException, LimitExceeded;
        """);

    Compilation compilation = compile(api, Fixtures.LIMIT_EXCEEDED);

    assertThat(compilation)
        .hadErrorContaining("@OneWay method audit cannot declare checked exception java.io.IOException: "
            + "a one-way call reports no failures to the caller")
        .inFile(api)
        .onLineContaining("void audit(");
    assertThat(compilation)
        .hadErrorContaining("@OneWay method audit cannot declare checked exception com.acme.LimitExceeded: "
            + "a one-way call reports no failures to the caller")
        .inFile(api)
        .onLineContaining("void audit(");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void inheritedOneWayMethod_withAResult_isReportedOnTheRemoteInterface_namingTheMethod() {
    JavaFileObject base = source("com.acme.Base", """
        package com.acme;

        public interface Base {
          @io.proxima.OneWay
          boolean log(String line);
        }
        """);
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api extends Base {}
        """);

    assertThat(compile(base, api))
        .hadErrorContaining("inherited method Base.log(java.lang.String): @OneWay method log must return void: "
            + "a one-way call has no reply")
        .inFile(api)
        .onLineContaining("public interface Api extends Base");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -5})
  void timeoutOfAMethod_thatIsNotPositive_isReportedOnTheAnnotation(long millis) {
    JavaFileObject api = api("""
          long balance();

          @Timeout(millis = %d)
          long rate();
        """.formatted(millis));

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@Timeout millis must be positive, got " + millis)
        .inFile(api)
        .onLineContaining("@Timeout(millis = " + millis + ")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void timeoutOfTheInterface_thatIsNotPositive_isReportedOnTheAnnotation() {
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        @io.proxima.Timeout(millis = 0)
        public interface Api {
          long balance();
        }
        """);

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("@Timeout millis must be positive, got 0")
        .inFile(api)
        .onLineContaining("@io.proxima.Timeout(millis = 0)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void timeoutsOfASuperinterfaceAndOfItsMethod_thatAreNotPositive_areReportedOnTheRemoteInterface_once() {
    JavaFileObject base = source("com.acme.Base", """
        package com.acme;

        @io.proxima.Timeout(millis = -1)
        public interface Base {
          long size();
          long count();
          @io.proxima.Timeout(millis = 0)
          long rate();
        }
        """);
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api extends Base {}
        """);

    Compilation compilation = compile(base, api);

    assertThat(compilation).hadErrorContaining("superinterface Base: @Timeout millis must be positive, got -1")
        .inFile(api)
        .onLineContaining("public interface Api extends Base");
    assertThat(compilation).hadErrorContaining("inherited method Base.rate(): @Timeout millis must be positive, got 0")
        .inFile(api)
        .onLineContaining("public interface Api extends Base");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void idempotentOneWayMethod_isReportedOnTheIdempotentAnnotation() {
    JavaFileObject api = api("""
          @OneWay
          @io.proxima.Idempotent
          void audit(String line);
        """);

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining(IDEMPOTENT_ONE_WAY)
        .inFile(api)
        .onLineContaining("@io.proxima.Idempotent");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void idempotentOneWayMethod_inherited_isReportedOnTheRemoteInterface_namingTheMethod() {
    JavaFileObject base = source("com.acme.Base", """
        package com.acme;

        public interface Base {
          @io.proxima.Idempotent
          @io.proxima.OneWay
          void log(String line);
        }
        """);
    JavaFileObject api = source("com.acme.Api", """
        package com.acme;

        @io.proxima.Remote
        public interface Api extends Base {}
        """);

    Compilation compilation = compile(base, api);

    assertThat(compilation).hadErrorContaining("inherited method Base.log(java.lang.String): " + IDEMPOTENT_ONE_WAY)
        .inFile(api)
        .onLineContaining("public interface Api extends Base");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Arguments> futuresThatAreNotCompletableFutureOrCompletionStage() {
    return Stream.of(
        Arguments.of("java.util.concurrent.Future<Long>", "java.util.concurrent.Future<java.lang.Long>",
            "java.util.concurrent.Future"),
        Arguments.of("java.util.concurrent.FutureTask<Long>", "java.util.concurrent.FutureTask<java.lang.Long>",
            "java.util.concurrent.FutureTask"),
        Arguments.of("java.util.concurrent.ScheduledFuture<?>", "java.util.concurrent.ScheduledFuture<?>",
            "java.util.concurrent.ScheduledFuture"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("futuresThatAreNotCompletableFutureOrCompletionStage")
  void asyncResult_ofAnotherFutureType_isRefused_namingTheTwoThatWork(String declared, String shown, String name) {
    JavaFileObject api = api("  " + declared + " balanceAsync();\n");

    Compilation compilation = compile(api);

    assertThat(compilation).hadErrorContaining("result of type " + shown + OTHER_FUTURE + name)
        .inFile(api)
        .onLineContaining("balanceAsync();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void asyncResult_ofAnApplicationSubtypeOfCompletableFuture_isRefused() {
    JavaFileObject promise = source("com.acme.Promise", """
        package com.acme;

        public class Promise<T> extends java.util.concurrent.CompletableFuture<T> {}
        """);
    JavaFileObject api = api("  Promise<Long> balanceAsync();\n");

    assertThat(compile(promise, api))
        .hadErrorContaining("result of type com.acme.Promise<java.lang.Long>" + OTHER_FUTURE + "com.acme.Promise")
        .inFile(api)
        .onLineContaining("balanceAsync();");
  }

  @Test
  void futureAsParameter_isRefused_onTheParameter() {
    JavaFileObject api = api("""
          void watch(
              String name,
              CompletableFuture<Long> done);
        """);

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("parameter done of type java.util.concurrent.CompletableFuture<java.lang.Long> cannot be "
            + "marshalled: java.util.concurrent.CompletableFuture" + FUTURE_VALUE)
        .inFile(api)
        .onLineContaining("CompletableFuture<Long> done");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void futureInsideAValue_orAsTheValueOfAFuture_isRefused() {
    JavaFileObject api = api("""
          java.util.List<java.util.concurrent.CompletionStage<String>> pending();
          CompletableFuture<CompletableFuture<Long>> nested();
        """);

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("result of type java.util.List<java.util.concurrent.CompletionStage<java.lang.String>> "
            + "cannot be marshalled: java.util.concurrent.CompletionStage" + FUTURE_VALUE)
        .inFile(api)
        .onLineContaining("pending();");
    assertThat(compilation)
        .hadErrorContaining("result of type java.util.concurrent.CompletableFuture<java.util.concurrent."
            + "CompletableFuture<java.lang.Long>> cannot be marshalled: java.util.concurrent.CompletableFuture"
            + FUTURE_VALUE)
        .inFile(api)
        .onLineContaining("nested();");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void asyncResult_whoseValueCannotBeMarshalled_isRefused_onTheMethod() {
    JavaFileObject api = api("  CompletableFuture<java.io.File> fileAsync();\n");

    assertThat(compile(api))
        .hadErrorContaining("result of type java.util.concurrent.CompletableFuture<java.io.File> cannot be marshalled: "
            + "java.io.File is not supported on the wire; supported JDK types are listed in io.proxima.spi.WireTypes")
        .inFile(api)
        .onLineContaining("fileAsync();");
  }

  @Test
  void voidOutsideAFuture_isStillRefused() {
    JavaFileObject api = api("  Void nothing();\n");

    assertThat(compile(api))
        .hadErrorContaining("result of type java.lang.Void cannot be marshalled: java.lang.Void is not supported on the "
            + "wire; supported JDK types are listed in io.proxima.spi.WireTypes")
        .inFile(api)
        .onLineContaining("Void nothing();");
  }
}
