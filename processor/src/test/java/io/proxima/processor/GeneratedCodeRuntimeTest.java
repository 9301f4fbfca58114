package io.proxima.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.proxima.spi.MethodDescriptor;
import io.proxima.spi.RemoteInterface;
import io.proxima.spi.RemoteProxy;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated code: proxy to dispatcher to target and back, through an in-memory call. */
class GeneratedCodeRuntimeTest {
  @TempDir static Path classes;
  private static URLClassLoader loader;

  private Connected account;
  private Connected kitchen;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation = Compilations.compile(Fixtures.concat(Fixtures.account(), Fixtures.kitchen()));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.load(compilation, classes);
  }

  @AfterAll
  static void closeLoader() throws IOException {
    loader.close();
  }

  @BeforeEach
  void connect() throws ReflectiveOperationException {
    account = Connected.connect(loader, "com.acme.Account", "com.acme.AccountImpl");
    kitchen = Connected.connect(loader, "com.acme.Kitchen", "com.acme.KitchenImpl");
  }

  @Test
  void proxy_callsTargetThroughDispatcher_andReturnsItsResults() throws Throwable {
    account.call("deposit", 100L);
    account.call("deposit", 20L);

    assertEquals(120L, account.call("balance"));
    assertEquals("[Entry[amount=20, memo=deposit]]", account.call("history", 1).toString());
    assertEquals(List.of("deposit(long)", "deposit(long)", "balance()", "history(int)"),
        account.invoker().calls().stream().map(MethodDescriptor::signature).toList());
  }

  @Test
  void declaredCheckedException_thrownByTarget_reachesCaller() throws Throwable {
    Throwable thrown = assertThrows(Throwable.class, () -> account.call("deposit", 5000L));

    assertEquals("com.acme.LimitExceeded", thrown.getClass().getName());
    assertEquals("limit 1000 exceeded", thrown.getMessage());
    assertEquals(0L, account.call("balance"));
  }

  @Test
  void jdkCheckedAndUncheckedExceptions_reachCaller() {
    IOException io = assertThrows(IOException.class, () -> kitchen.call("fail", "disk full"));
    IllegalStateException state = assertThrows(IllegalStateException.class, () -> kitchen.call("crash", "bad state"));

    assertEquals("disk full", io.getMessage());
    assertEquals("bad state", state.getMessage());
  }

  @Test
  void primitives_travelAsTheirOwnKind() throws Throwable {
    assertEquals(false, kitchen.call("not", true));
    assertEquals((byte) 8, kitchen.call("nextByte", (byte) 7));
    assertEquals((short) 301, kitchen.call("nextShort", (short) 300));
    assertEquals('b', kitchen.call("nextChar", 'a'));
    assertEquals(Integer.MIN_VALUE, kitchen.call("nextInt", Integer.MAX_VALUE));
    assertEquals(1L << 40, kitchen.call("nextLong", (1L << 40) - 1));
  }

  @Test
  void overloads_reachTheMethodWithTheSameParameterTypes() throws Throwable {
    assertEquals(1.5f, kitchen.call("half", new Class<?>[] {float.class}, 3f));
    assertEquals(0.75, kitchen.call("half", new Class<?>[] {double.class}, 3.0));
    assertEquals("by name ada", kitchen.call("find", new Class<?>[] {String.class}, "ada"));
    assertEquals("by id 7", kitchen.call("find", new Class<?>[] {int.class}, 7));
    assertEquals("by name ada up to 3", kitchen.call("find", new Class<?>[] {String.class, int.class}, "ada", 3));
  }

  @Test
  void objects_arraysEnumsAndNulls_travelByDeclaredType() throws Throwable {
    Class<?> color = loader.loadClass("com.acme.Color");

    assertEquals(84, kitchen.call("boxed", 42));
    assertNull(kitchen.call("boxed", new Object[] {null}));
    assertEquals("héllo", kitchen.call("echo", "héllo"));
    assertArrayEquals(new int[] {3, 2, 1}, (int[]) kitchen.call("reversed", (Object) new int[] {1, 2, 3}));
    assertEquals(color.getEnumConstants()[0], kitchen.call("next", color.getEnumConstants()[2]));
    assertEquals("a+b+c", kitchen.call("join", (Object) new String[] {"a", "b", "c"}));
  }

  @Test
  void genericCollectionsRecordsAndSealedTypes_travel() throws Throwable {
    Class<?> entry = loader.loadClass("com.acme.Entry");
    Object rent = entry.getConstructor(long.class, String.class).newInstance(-500L, "rent");
    Object pay = entry.getConstructor(long.class, String.class).newInstance(900L, "pay");
    Object circle = loader.loadClass("com.acme.Circle").getConstructor(double.class).newInstance(1.5);
    Object line = loader.loadClass("com.acme.Outer$Line").getConstructor(String.class).newInstance("shout");

    Map<?, ?> grouped = (Map<?, ?>) kitchen.call("byMemo", List.of(rent, pay, rent));
    assertEquals("{pay=[Entry[amount=900, memo=pay]], rent=[Entry[amount=-500, memo=rent], Entry[amount=-500, memo=rent]]}",
        grouped.toString());
    assertEquals("Circle[radius=3.0]", kitchen.call("grow", circle).toString());
    assertEquals("Line[text=SHOUT]", kitchen.call("line", line).toString());
    assertEquals("Node", kitchen.call("chain", 3).getClass().getSimpleName());
  }

  @Test
  void parametersNamedLikeGeneratedLocals_arePassedInOrder() throws Throwable {
    assertEquals("1,2,3,4,5", kitchen.call("clash", 1, 2, 3, 4, 5));
  }

  @Test
  void inheritedGenericMethods_areRemote_withTypeArgumentsResolved() throws Throwable {
    Object entry = loader.loadClass("com.acme.Entry").getConstructor(long.class, String.class).newInstance(1L, "one");
    Class<?> entryClass = entry.getClass();

    kitchen.call("put", new Class<?>[] {int.class, entryClass}, 1, entry);

    assertEquals(entry, kitchen.call("get", new Class<?>[] {int.class}, 1));
    assertTrue(signatures(kitchen.descriptor()).contains("put(int,com.acme.Entry)"));
  }

  @Test
  void defaultMethods_runLocally_andAreNotRemote() throws Throwable {
    assertEquals("a repository", kitchen.call("describe"));

    assertTrue(kitchen.invoker().calls().isEmpty());
    assertFalse(signatures(kitchen.descriptor()).contains("describe()"));
  }

  @Test
  void methods_areListedInDeclarationOrder_ownMethodsFirst() {
    List<String> signatures = signatures(kitchen.descriptor());

    assertEquals("not(boolean)", signatures.get(0));
    assertEquals(List.of("get(int)", "put(int,com.acme.Entry)"), signatures.subList(signatures.size() - 2, signatures.size()));
    assertEquals(25, signatures.size());
  }

  @Test
  void methodIds_areFirstFourBytesOfSha256OfSignature() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (RemoteInterface<Object> descriptor : List.of(account.descriptor(), kitchen.descriptor())) {
      for (MethodDescriptor method : descriptor.methods()) {
        byte[] digest = sha256.digest(method.signature().getBytes(StandardCharsets.UTF_8));
        assertEquals(ByteBuffer.wrap(digest, 0, 4).getInt(), method.id(), method.toString());
      }
    }
  }

  @Test
  void methodDescriptors_nameInterfaceAndDeclaredExceptions() throws Exception {
    MethodDescriptor deposit = account.descriptor().methods().get(1);

    assertEquals(loader.loadClass("com.acme.Account"), deposit.remoteInterface());
    assertEquals("Account.deposit(long)", deposit.toString());
    assertEquals(List.of(loader.loadClass("com.acme.LimitExceeded")), deposit.exceptionTypes());
  }

  @Test
  void valueTypes_areReachableApplicationClasses_sortedByBinaryName() {
    assertEquals(List.of("com.acme.Entry", "com.acme.LimitExceeded"), names(account.descriptor().valueTypes()));
    assertEquals(
        List.of("com.acme.Circle", "com.acme.Color", "com.acme.Entry", "com.acme.Node", "com.acme.Outer$Line", "com.acme.Square"),
        names(kitchen.descriptor().valueTypes()));
  }

  @Test
  void descriptor_isFoundByServiceLoader_andDescribesItsInterface() throws Exception {
    List<String> found = ServiceLoader.load(RemoteInterface.class, loader).stream()
        .map(provider -> provider.get().type().getName())
        .toList();

    assertEquals(List.of("com.acme.Account", "com.acme.Kitchen"), found);
    assertEquals(loader.loadClass("com.acme.Account"), account.descriptor().type());
  }

  @Test
  void unknownMethodId_isNotDispatched_andReturnsNull() throws Exception {
    Object target = loader.loadClass("com.acme.AccountImpl").getConstructor().newInstance();

    assertNull(account.descriptor().newDispatcher(target).dispatch(0, null, null));
  }

  @Test
  void proxy_isEqualByRemoteReference() {
    assertTrue(account.proxy() instanceof RemoteProxy);
    assertEquals(account.invoker().ref(), RemoteProxy.refOf(account.proxy()));
    assertTrue(account.proxy().toString().startsWith("Account_Proxy[proxima://localhost:7000?"));
  }

  private static List<String> signatures(RemoteInterface<?> descriptor) {
    return descriptor.methods().stream().map(MethodDescriptor::signature).toList();
  }

  private static List<String> names(List<Class<?>> classes) {
    return classes.stream().map(Class::getName).toList();
  }
}
