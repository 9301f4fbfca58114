package io.proxima.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.proxima.processor.Compilations.compile;
import static io.proxima.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.proxima.spi.MethodDescriptor.Kind;
import io.proxima.spi.RemoteInterface;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint follows every change that matters on the wire (kinds of methods and the names of
 * referenced remote interfaces included), and nothing else.
 */
class FingerprintTest {
  private static final String ACCOUNT_METHODS = """
      long balance();
      void deposit(long amount) throws LimitExceeded;
      List<Entry> history(int limit);
      """;

  @TempDir Path classes;

  @Test
  void sameInterface_compiledTwice_hasTheSameFingerprint() throws Exception {
    assertEquals(fingerprintOf(ACCOUNT_METHODS, "long amount, String memo"), fingerprintOf(ACCOUNT_METHODS, "long amount, String memo"));
  }

  @Test
  void renamingARecordComponent_changesTheFingerprint() throws Exception {
    assertNotEquals(fingerprintOf(ACCOUNT_METHODS, "long amount, String memo"), fingerprintOf(ACCOUNT_METHODS, "long amount, String note"));
  }

  @Test
  void changingTheTypeOfARecordComponent_changesTheFingerprint() throws Exception {
    assertNotEquals(fingerprintOf(ACCOUNT_METHODS, "long amount, String memo"), fingerprintOf(ACCOUNT_METHODS, "int amount, String memo"));
  }

  @Test
  void changingAParameterType_changesTheFingerprint() throws Exception {
    String changed = ACCOUNT_METHODS.replace("history(int limit)", "history(long limit)");

    assertNotEquals(fingerprintOf(ACCOUNT_METHODS, "long amount"), fingerprintOf(changed, "long amount"));
  }

  @Test
  void changingOnlyTheTypeArgumentOfTheResult_changesTheFingerprint() throws Exception {
    String changed = ACCOUNT_METHODS.replace("List<Entry> history", "List<Object> history");

    assertNotEquals(fingerprintOf(ACCOUNT_METHODS + "Entry last();", "long amount"), fingerprintOf(changed + "Entry last();", "long amount"));
  }

  @Test
  void changingDeclaredExceptions_changesTheFingerprint() throws Exception {
    String changed = ACCOUNT_METHODS.replace("throws LimitExceeded", "throws LimitExceeded, java.io.IOException");

    assertNotEquals(fingerprintOf(ACCOUNT_METHODS, "long amount"), fingerprintOf(changed, "long amount"));
  }

  @Test
  void reorderingMethods_keepsTheFingerprint() throws Exception {
    String reordered = """
        List<Entry> history(int limit);
        void deposit(long amount) throws LimitExceeded;
        long balance();
        """;

    assertEquals(fingerprintOf(ACCOUNT_METHODS, "long amount"), fingerprintOf(reordered, "long amount"));
  }

  @Test
  void changingTheConstantsOfAnEnum_changesTheFingerprint() throws Exception {
    String methods = "Level level(Entry entry);";

    assertNotEquals(
        fingerprint(account(methods, "long amount"), level("LOW, HIGH")),
        fingerprint(account(methods, "long amount"), level("LOW, MEDIUM, HIGH")));
  }

  @Test
  void makingAMethodOneWay_changesTheFingerprint() throws Exception {
    String oneWay = ACCOUNT_METHODS + "@io.proxima.OneWay void audit(String line);";

    assertNotEquals(fingerprintOf(ACCOUNT_METHODS + "void audit(String line);", "long amount"), fingerprintOf(oneWay, "long amount"));
  }

  @Test
  void makingAMethodAsync_changesTheFingerprint() throws Exception {
    String async = ACCOUNT_METHODS + "java.util.concurrent.CompletableFuture<Long> rate();";

    assertNotEquals(fingerprintOf(ACCOUNT_METHODS + "Long rate();", "long amount"), fingerprintOf(async, "long amount"));
  }

  @Test
  void changingTheValueTypeOfAFuture_changesTheFingerprint() throws Exception {
    String longs = ACCOUNT_METHODS + "java.util.concurrent.CompletableFuture<List<Long>> rates();";
    String integers = ACCOUNT_METHODS + "java.util.concurrent.CompletableFuture<List<Integer>> rates();";

    assertNotEquals(fingerprintOf(longs, "long amount"), fingerprintOf(integers, "long amount"));
  }

  @Test
  void completableFutureOrCompletionStage_ofTheSameValueType_haveTheSameFingerprint() throws Exception {
    String future = ACCOUNT_METHODS + "java.util.concurrent.CompletableFuture<Long> rate();";
    String stage = ACCOUNT_METHODS + "java.util.concurrent.CompletionStage<Long> rate();";

    assertEquals(fingerprintOf(future, "long amount"), fingerprintOf(stage, "long amount"));
  }

  @Test
  void timeouts_doNotChangeTheFingerprint() throws Exception {
    String timed = ACCOUNT_METHODS.replace("long balance();", "@io.proxima.Timeout(millis = 200) long balance();");

    assertEquals(fingerprintOf(ACCOUNT_METHODS, "long amount"), fingerprintOf(timed, "long amount"));
  }

  @Test
  void idempotence_doesNotChangeTheFingerprint() throws Exception {
    String idempotent = ACCOUNT_METHODS.replace("long balance();", "@io.proxima.Idempotent long balance();");

    assertEquals(fingerprintOf(ACCOUNT_METHODS, "long amount"), fingerprintOf(idempotent, "long amount"));
  }

  @Test
  void renamingAReferencedRemoteInterface_changesTheFingerprint() throws Exception {
    String listeners = ACCOUNT_METHODS + "void watch(Listener listener);";
    String watchers = ACCOUNT_METHODS + "void watch(Watcher listener);";

    assertNotEquals(
        fingerprint(account(listeners, "long amount"), remote("Listener", "void changed(long balance);")),
        fingerprint(account(watchers, "long amount"), remote("Watcher", "void changed(long balance);")));
  }

  @Test
  void renamingARemoteInterfaceReferencedByAValueType_changesTheFingerprint() throws Exception {
    assertNotEquals(
        fingerprint(account(ACCOUNT_METHODS, "long amount, Listener owner"), remote("Listener", "")),
        fingerprint(account(ACCOUNT_METHODS, "long amount, Watcher owner"), remote("Watcher", "")));
  }

  @Test
  void addingAMethodToAReferencedRemoteInterface_keepsTheFingerprint() throws Exception {
    String methods = ACCOUNT_METHODS + "Listener watch(Listener listener);";
    String entry = "long amount, java.util.List<Listener> watchers";

    assertEquals(
        fingerprint(account(methods, entry), remote("Listener", "void changed(long balance);")),
        fingerprint(account(methods, entry), remote("Listener", "void changed(long balance);\nvoid closed();")));
  }

  @Test
  void referencedInterfaceThatStopsBeingRemote_changesTheFingerprint() throws Exception {
    String methods = ACCOUNT_METHODS + "void watch(Listener listener);";
    JavaFileObject plain = source("com.acme.Listener", "package com.acme;\n\npublic interface Listener {}\n");

    assertNotEquals(
        fingerprint(account(methods, "long amount"), remote("Listener", "")),
        fingerprint(account(methods, "long amount"), plain));
  }

  @Test
  void canonicalText_startsEachMethodWithItsKind_andGivesTheValueTypeOfAnAsyncResult() {
    ClassName future = ClassName.get("java.util.concurrent", "CompletableFuture");
    RemoteMethod balance = new RemoteMethod("balanceAsync", "balanceAsync()", 3, "BALANCE_ASYNC", "balanceAsync",
        List.of(), ParameterizedTypeName.get(future, ClassName.get(Long.class)), future, "java.lang.Long",
        List.of(ClassName.get("java.io", "IOException")), false, Kind.ASYNC, ClassName.get(Long.class), 200, true);
    RemoteMethod audit = new RemoteMethod("audit", "audit()", 4, "AUDIT", "audit", List.of(), TypeName.VOID,
        TypeName.VOID, "void", List.of(), false, Kind.ONE_WAY, TypeName.VOID, 0, false);

    assertEquals("""
        interface com.acme.Shop
        oneway void audit()
        async java.lang.Long balanceAsync() throws java.io.IOException
        method java.lang.String find(int)
        """, Fingerprint.canonicalText("com.acme.Shop", List.of(method("find", "find(int)"), balance, audit), List.of(),
            List.of()));
  }

  @Test
  void canonicalText_listsMethodsBySignatureAndValueTypesByBinaryName() {
    RemoteMethod find = method("find", "find(int)");
    RemoteMethod close = new RemoteMethod("close", "close()", 2, "CLOSE", "close", List.of(), TypeName.VOID, TypeName.VOID,
        "void", List.of(ClassName.get("java.io", "IOException"), ClassName.get("com.acme", "Broken")), false,
        Kind.SYNC, TypeName.VOID, 0, false);
    List<ValueType> valueTypes = List.of(
        new ValueType("com.acme.Outer$Line", ClassName.get("com.acme", "Outer", "Line"), List.of("text:java.lang.String"), Optional.empty()),
        new ValueType("com.acme.Color", ClassName.get("com.acme", "Color"), List.of("RED", "GREEN"), Optional.empty()));

    assertEquals("""
        interface com.acme.Shop
        method void close() throws com.acme.Broken,java.io.IOException
        method java.lang.String find(int)
        value com.acme.Color
         RED
         GREEN
        value com.acme.Outer$Line
         text:java.lang.String
        """, Fingerprint.canonicalText("com.acme.Shop", List.of(find, close), valueTypes, List.of()));
  }

  @Test
  void canonicalText_endsWithTheReferencedRemoteInterfaces_byBinaryName() {
    List<ValueType> valueTypes = List.of(new ValueType("com.acme.Event", ClassName.get("com.acme", "Event"),
        List.of("source:com.acme.Outer$Source"), Optional.empty()));

    assertEquals("""
        interface com.acme.Shop
        method java.lang.String find(int)
        value com.acme.Event
         source:com.acme.Outer$Source
        remote com.acme.Listener
        remote com.acme.Outer$Source
        """, Fingerprint.canonicalText("com.acme.Shop", List.of(method("find", "find(int)")), valueTypes,
            List.of("com.acme.Outer$Source", "com.acme.Listener")));
  }

  private static RemoteMethod method(String name, String signature) {
    ClassName string = ClassName.get(String.class);
    return new RemoteMethod(name, signature, 1, "FIND", name, List.of(new Parameter("id", TypeName.INT, TypeName.INT)),
        string, string, "java.lang.String", List.of(), false, Kind.SYNC, TypeName.VOID, 0, false);
  }

  private long fingerprintOf(String accountMethods, String entryComponents) throws Exception {
    return fingerprint(account(accountMethods, entryComponents));
  }

  private static JavaFileObject[] account(String methods, String entryComponents) {
    JavaFileObject account = source("com.acme.Account", """
        package com.acme;

        import io.proxima.Remote;
        import java.util.List;
import java.util.Optional;

        @Remote
        public interface Account {
        %s}
        """.formatted(methods));
    return new JavaFileObject[] {account, Fixtures.entry(entryComponents), Fixtures.LIMIT_EXCEEDED};
  }

  /** {@code @Remote public interface name} with the given methods. */
  private static JavaFileObject remote(String name, String methods) {
    return source("com.acme." + name, """
        package com.acme;

        @io.proxima.Remote
        public interface %s {
        %s
        }
        """.formatted(name, methods));
  }

  private static JavaFileObject level(String constants) {
    return source("com.acme.Level", "package com.acme;\n\npublic enum Level { " + constants + " }\n");
  }

  private long fingerprint(JavaFileObject[] sources, JavaFileObject... more) throws Exception {
    Compilation compilation = compile(Fixtures.concat(sources, more));
    assertThat(compilation).succeededWithoutWarnings();
    try (URLClassLoader loader = Compilations.load(compilation, Files.createTempDirectory(classes, "classes"))) {
      RemoteInterface<?> descriptor = (RemoteInterface<?>)
          loader.loadClass("com.acme.Account_Descriptor").getConstructor().newInstance();
      return descriptor.fingerprint();
    }
  }
}
