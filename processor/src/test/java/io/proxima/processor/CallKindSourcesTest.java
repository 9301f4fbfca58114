package io.proxima.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.generatedSource;
import static io.proxima.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** What the processor writes for asynchronous, one-way, timed and idempotent methods. */
class CallKindSourcesTest {

  @Test
  void teller_generatesOneMethodOfEachKind_withoutWarnings() {
    Compilation compilation = compile(CallKindFixtures.teller());

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(ExpectedSources.TELLER_PROXY, generatedSource(compilation, "com.acme.Teller_Proxy"));
    assertEquals(ExpectedSources.TELLER_SKELETON, generatedSource(compilation, "com.acme.Teller_Skeleton"));
    assertEquals(ExpectedSources.TELLER_DISPATCHER, generatedSource(compilation, "com.acme.Teller_Dispatcher"));
    assertEquals(ExpectedSources.TELLER_DESCRIPTOR, generatedSource(compilation, "com.acme.Teller_Descriptor"));
  }

  @Test
  void asyncResult_isDescribedByTheErasureOfTheFuturesValueType() {
    Compilation compilation = compile(Compilations.LINT + ",-rawtypes", source("com.acme.Futures", """
        package com.acme;

        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.CompletionStage;

        @io.proxima.Remote
        public interface Futures {
          CompletableFuture raw();
          CompletableFuture<?> any();
          CompletionStage<? super Long> lower();
          CompletionStage<? extends Number> upper();
          CompletableFuture<int[]> array();
          CompletionStage<Map<String, List<Long>>> generic();
          CompletableFuture<Void> none();
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    String descriptor = generatedSource(compilation, "com.acme.Futures_Descriptor");
    assertThat(descriptor).contains("RAW = MethodDescriptor.async(Futures.class, \"raw()\", 0x");
    assertThat(descriptor).containsMatch("RAW = .*, List.of\\(\\), Object.class\\);");
    assertThat(descriptor).containsMatch("ANY = .*, List.of\\(\\), Object.class\\);");
    assertThat(descriptor).containsMatch("LOWER = .*, List.of\\(\\), Object.class\\);");
    assertThat(descriptor).containsMatch("UPPER = .*, List.of\\(\\), Number.class\\);");
    assertThat(descriptor).containsMatch("ARRAY = .*, List.of\\(\\), int\\[\\].class\\);");
    assertThat(descriptor).containsMatch("GENERIC = .*, List.of\\(\\), Map.class\\);");
    assertThat(descriptor).containsMatch("NONE = .*, List.of\\(\\), Void.class\\);");
    assertThat(generatedSource(compilation, "com.acme.Futures_Proxy")).contains("""
          public CompletionStage<? extends Number> upper() {
            try (Call call = invoker.newCall(Futures_Descriptor.UPPER)) {
              return call.invokeAsync();
            }
          }
        """);
  }

  @Test
  void asyncMethod_withDeclaredExceptions_listsThemInItsDescriptor_andSkeleton() {
    Compilation compilation = compile(source("com.acme.Vault", """
        package com.acme;

        @io.proxima.Remote
        public interface Vault {
          java.util.concurrent.CompletableFuture<String> open(String code) throws java.io.IOException;
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Vault_Descriptor"))
        .containsMatch("OPEN = MethodDescriptor.async\\(Vault.class, \"open\\(java.lang.String\\)\", 0x[0-9a-f]{8}, "
            + "List.of\\(IOException.class\\), String.class\\);");
    assertThat(generatedSource(compilation, "com.acme.Vault_Skeleton"))
        .contains("static CompletionStage<?> open(Vault target, ValueReader arguments) throws IOException {");
  }

  @Test
  void parameterNamedResult_keepsItsNameInAnAsyncSkeleton_whichHasNoResultWriter() {
    Compilation compilation = compile(source("com.acme.Names", """
        package com.acme;

        @io.proxima.Remote
        public interface Names {
          java.util.concurrent.CompletableFuture<String> echo(String result, String target);
        }
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSource(compilation, "com.acme.Names_Skeleton")).contains("""
          static CompletionStage<?> echo(Names target, ValueReader arguments) {
            String result = arguments.readObject(String.class);
            String target_ = arguments.readObject(String.class);
            return Objects.requireNonNull(target.echo(result, target_),
        """);
  }

  @Test
  void timeoutOfTheMethod_appliesToItAlone() {
    String descriptor = descriptorOf("""
        @io.proxima.Remote
        public interface Rates {
          @io.proxima.Timeout(millis = 200)
          long rate();
          long spread();
        }
        """);

    assertThat(descriptor).containsMatch("RATE = MethodDescriptor.sync\\(.*, List.of\\(\\)\\).withTimeoutMillis\\(200\\);");
    assertThat(descriptor).containsMatch("SPREAD = MethodDescriptor.sync\\(.*, List.of\\(\\)\\);");
  }

  @Test
  void timeoutOfTheInterface_appliesToEveryMethod_unlessTheMethodHasItsOwn() {
    String descriptor = descriptorOf("""
        @io.proxima.Remote
        @io.proxima.Timeout(millis = 3000)
        public interface Rates {
          @io.proxima.Timeout(millis = 200)
          long rate();
          long spread();
          @io.proxima.OneWay
          void touch();
        }
        """);

    assertThat(descriptor).containsMatch("RATE = .*\\.withTimeoutMillis\\(200\\);");
    assertThat(descriptor).containsMatch("SPREAD = .*\\.withTimeoutMillis\\(3000\\);");
    assertThat(descriptor).containsMatch("TOUCH = MethodDescriptor.oneWay\\(Rates.class, \"touch\\(\\)\", 0x[0-9a-f]{8}\\)"
        + "\\.withTimeoutMillis\\(3000\\);");
  }

  @Test
  void timeoutsOfInheritedMethods_comeFromTheMethod_elseItsInterface_elseTheRemoteInterface() {
    String descriptor = descriptorOf("""
        @io.proxima.Timeout(millis = 750)
        interface Quotes {
          long quote();
          @io.proxima.Timeout(millis = 90)
          long last();
          long close();
        }

        interface Plain {
          long open();
        }

        @io.proxima.Remote
        @io.proxima.Timeout(millis = 3000)
        public interface Rates extends Quotes, Plain {
          @Override
          long close();
        }
        """);

    assertThat(descriptor).containsMatch("QUOTE = .*\\.withTimeoutMillis\\(750\\);");
    assertThat(descriptor).containsMatch("LAST = .*\\.withTimeoutMillis\\(90\\);");
    assertThat(descriptor).containsMatch("CLOSE = .*\\.withTimeoutMillis\\(3000\\);");
    assertThat(descriptor).containsMatch("OPEN = .*\\.withTimeoutMillis\\(3000\\);");
  }

  @Test
  void idempotentMethod_isDescribedAsIdempotent_afterItsTimeout() {
    String descriptor = descriptorOf("""
        import io.proxima.Idempotent;

        @io.proxima.Remote
        public interface Rates {
          @Idempotent
          @io.proxima.Timeout(millis = 200)
          long rate();
          @Idempotent
          java.util.concurrent.CompletableFuture<Long> rateAsync();
          long spread();
        }
        """);

    assertThat(descriptor).containsMatch("RATE = MethodDescriptor.sync\\(.*, List.of\\(\\)\\)"
        + "\\.withTimeoutMillis\\(200\\)\\.asIdempotent\\(\\);");
    assertThat(descriptor).containsMatch("RATE_ASYNC = MethodDescriptor.async\\(.*, Long.class\\)\\.asIdempotent\\(\\);");
    assertThat(descriptor).containsMatch("SPREAD = MethodDescriptor.sync\\(.*, List.of\\(\\)\\);");
  }

  @Test
  void timeoutBeyondIntRange_isWrittenAsALongLiteral() {
    String descriptor = descriptorOf("""
        @io.proxima.Remote
        public interface Rates {
          @io.proxima.Timeout(millis = 86_400_000_000L)
          long rate();
        }
        """);

    assertThat(descriptor).contains(".withTimeoutMillis(86400000000L);");
  }

  private static String descriptorOf(String declarations) {
    Compilation compilation = compile(source("com.acme.Rates", "package com.acme;\n\n" + declarations));
    assertThat(compilation).succeededWithoutWarnings();
    return generatedSource(compilation, "com.acme.Rates_Descriptor");
  }
}
