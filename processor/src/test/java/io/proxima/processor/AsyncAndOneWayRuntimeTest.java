package io.proxima.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.MethodDescriptor.Kind;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the generated code of asynchronous and one-way methods, and reads the descriptors' kinds,
 * timeouts and idempotence.
 */
class AsyncAndOneWayRuntimeTest {
  @TempDir static Path classes;
  private static URLClassLoader loader;

  private Connected ledger;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation = Compilations.compile(Fixtures.concat(CallKindFixtures.ledger(), Fixtures.account()));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.load(compilation, classes);
  }

  @AfterAll
  static void closeLoader() throws IOException {
    loader.close();
  }

  @BeforeEach
  void connect() throws ReflectiveOperationException {
    ledger = Connected.connect(loader, "com.acme.Ledger", "com.acme.LedgerImpl");
  }

  @Test
  void asyncMethod_withCompletedFuture_returnsTheResult() throws Throwable {
    CompletableFuture<?> balance = (CompletableFuture<?>) ledger.call("balanceAsync");

    assertEquals(12L, get(balance));
    assertEquals(List.of("balanceAsync()"), signatures(ledger.invoker().calls()));
  }

  @Test
  void asyncMethod_returningCompletionStage_decodesArgumentsAndReturnsTheResult() throws Throwable {
    CompletionStage<?> description = (CompletionStage<?>) ledger.call("describe", "total", 3);

    assertEquals("total:###", get(description.toCompletableFuture()));
  }

  @Test
  void asyncMethod_ofVoid_completesWithNull_afterTheTargetRan() throws Throwable {
    assertNull(get((CompletableFuture<?>) ledger.call("reset")));

    assertEquals(0L, ledger.call("balance"));
  }

  @Test
  void asyncMethod_ofGenericValue_andOfWildcard_travelAsTheirErasure() throws Throwable {
    assertEquals("[Entry[amount=5, memo=open]]", get((CompletableFuture<?>) ledger.call("entries", 1)).toString());
    assertEquals("anything", get((CompletableFuture<?>) ledger.call("anything")));
  }

  @Test
  void asyncMethod_withFutureCompletedLater_completesTheCallersFutureThen() throws Throwable {
    CompletableFuture<?> later = (CompletableFuture<?>) ledger.call("later");
    assertFalse(later.isDone());

    ledger.call("release", 42L);

    assertEquals(42L, get(later));
  }

  @Test
  void asyncMethod_withFutureFailedLater_failsTheCallersFutureWithTheSameException() throws Throwable {
    CompletableFuture<?> later = (CompletableFuture<?>) ledger.call("later");

    ledger.call("abandon", "closed");

    Throwable failure = failure(later);
    assertInstanceOf(IllegalStateException.class, failure);
    assertEquals("closed", failure.getMessage());
  }

  @Test
  void asyncMethod_withFailedFuture_failsTheCallersFuture() throws Throwable {
    Throwable failure = failure((CompletableFuture<?>) ledger.call("failing", "no funds"));

    assertInstanceOf(IllegalStateException.class, failure);
    assertEquals("no funds", failure.getMessage());
  }

  @Test
  void asyncMethod_whoseTargetThrowsDeclaredException_failsTheCallersFuture_insteadOfThrowing() throws Throwable {
    CompletableFuture<?> withdrawal = (CompletableFuture<?>) ledger.call("withdraw", 100L);

    Throwable failure = failure(withdrawal);
    assertEquals("com.acme.LimitExceeded", failure.getClass().getName());
    assertEquals("limit 12 exceeded", failure.getMessage());
    assertEquals(2L, get((CompletableFuture<?>) ledger.call("withdraw", 10L)));
  }

  @Test
  void asyncMethod_whoseTargetReturnsNull_failsTheCallersFuture_namingTheMethod() throws Throwable {
    Throwable failure = failure((CompletableFuture<?>) ledger.call("nothing"));

    assertInstanceOf(NullPointerException.class, failure);
    assertEquals("Ledger.nothing() returned null instead of a future", failure.getMessage());
  }

  @Test
  void oneWayMethod_reachesTheTarget() throws Throwable {
    assertNull(ledger.call("audit", "opened"));
    ledger.call("audit", "closed");

    assertEquals(List.of("opened", "closed"), ledger.call("audited"));
    assertEquals(List.of("audit(java.lang.String)", "audit(java.lang.String)", "audited()"),
        signatures(ledger.invoker().calls()));
  }

  @Test
  void oneWayMethod_whoseTargetThrows_returnsNormally_andTheFailureStaysOnTheServer() throws Throwable {
    assertNull(ledger.call("reject", "spam"));

    assertEquals(1, ledger.invoker().oneWayFailures().size());
    assertEquals("rejected spam", ledger.invoker().oneWayFailures().get(0).getMessage());
  }

  @Test
  void descriptors_carryEachMethodsKindAndAsyncResultType() throws Exception {
    Map<String, MethodDescriptor> methods = bySignature(ledger.descriptor().methods());

    assertEquals(Kind.SYNC, methods.get("balance()").kind());
    assertSame(void.class, methods.get("balance()").asyncResultType());
    assertEquals(Kind.ASYNC, methods.get("balanceAsync()").kind());
    assertSame(Long.class, methods.get("balanceAsync()").asyncResultType());
    assertSame(String.class, methods.get("describe(java.lang.String,int)").asyncResultType());
    assertSame(Void.class, methods.get("reset()").asyncResultType());
    assertSame(List.class, methods.get("entries(int)").asyncResultType());
    assertSame(Object.class, methods.get("anything()").asyncResultType());
    assertEquals(List.of(loader.loadClass("com.acme.LimitExceeded")), methods.get("withdraw(long)").exceptionTypes());
    assertEquals(Kind.ONE_WAY, methods.get("audit(java.lang.String)").kind());
    assertEquals(List.of(), methods.get("reject(java.lang.String)").exceptionTypes());
    assertSame(void.class, methods.get("reject(java.lang.String)").asyncResultType());
  }

  @Test
  void descriptors_carryTimeouts_ofTheMethod_elseItsInterface_elseTheRemoteInterface() {
    Map<String, Long> timeouts = new LinkedHashMap<>();
    ledger.descriptor().methods().forEach(method -> timeouts.put(method.signature(), method.timeoutMillis()));

    assertEquals(200L, timeouts.get("balanceAsync()"), "the method's own");
    assertEquals(5000L, timeouts.get("balance()"), "the remote interface's");
    assertEquals(5000L, timeouts.get("audit(java.lang.String)"), "the remote interface's");
    assertEquals(5000L, timeouts.get("size()"), "the remote interface's, for a superinterface without one");
    assertEquals(750L, timeouts.get("oldest()"), "the declaring superinterface's");
    assertEquals(90L, timeouts.get("newest()"), "the method's own, over its interface's");
  }

  @Test
  void descriptors_withoutTimeouts_haveZero() throws ReflectiveOperationException {
    Connected account = Connected.connect(loader, "com.acme.Account", "com.acme.AccountImpl");

    assertTrue(account.descriptor().methods().stream().allMatch(method -> method.timeoutMillis() == 0));
    assertTrue(account.descriptor().methods().stream().allMatch(method -> method.kind() == Kind.SYNC));
    assertTrue(account.descriptor().methods().stream().noneMatch(MethodDescriptor::idempotent));
  }

  @Test
  void descriptors_markExactlyTheIdempotentMethods_keepingTheirKindAndTimeout() {
    List<MethodDescriptor> idempotent = ledger.descriptor().methods().stream().filter(MethodDescriptor::idempotent).toList();

    assertEquals(List.of("balance()", "describe(java.lang.String,int)"), signatures(idempotent));
    assertEquals(Kind.SYNC, idempotent.get(0).kind());
    assertEquals(Kind.ASYNC, idempotent.get(1).kind());
    assertEquals(5000L, idempotent.get(1).timeoutMillis());
  }

  private static Object get(CompletableFuture<?> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> get(future)).getCause();
  }

  private static List<String> signatures(List<MethodDescriptor> methods) {
    return methods.stream().map(MethodDescriptor::signature).toList();
  }

  private static Map<String, MethodDescriptor> bySignature(List<MethodDescriptor> methods) {
    Map<String, MethodDescriptor> bySignature = new LinkedHashMap<>();
    methods.forEach(method -> bySignature.put(method.signature(), method));
    return bySignature;
  }
}
