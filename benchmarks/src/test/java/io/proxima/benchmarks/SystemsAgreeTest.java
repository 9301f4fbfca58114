package io.proxima.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.benchmarks.server.ServerProcess;
import io.proxima.benchmarks.service.AsyncService;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.BenchmarkServiceLogic;
import io.proxima.benchmarks.service.OneWayService;
import io.proxima.benchmarks.service.User;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.NamingClient;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every system returns exactly what the shared service logic returns, so they are compared on equal work. */
@Timeout(60)
class SystemsAgreeTest {
  private static final BenchmarkService LOCAL = new BenchmarkServiceLogic();

  @ParameterizedTest
  @EnumSource(SystemUnderTest.class)
  void serverInChildJvm_answersLikeTheLocalLogic(SystemUnderTest system) throws Exception {
    try (ServerProcess server = ServerProcess.start(system);
        Connection connection = system.remoting().connect(server.address())) {
      assertAnswersLikeLocalLogic(connection.service());
      assertAsyncAndOneWayCallsWork(connection);
    }
  }

  @ParameterizedTest
  @EnumSource(SystemUnderTest.class)
  void objectInSameJvm_answersLikeTheLocalLogic(SystemUnderTest system) throws Exception {
    try (Exported exported = system.remoting().export();
        Connection connection = exported.connectFromSameJvm()) {
      assertAnswersLikeLocalLogic(connection.service());
    }
  }

  @ParameterizedTest
  @EnumSource(value = SystemUnderTest.class, names = {"PROXIMA", "JAVA_RMI"})
  void registryInChildJvm_looksUpServiceThatAnswersLikeTheLocalLogic(SystemUnderTest system) throws Exception {
    try (ServerProcess server = ServerProcess.start(system);
        NamingClient registry = system.remoting().connectToRegistry(server.address())) {
      for (int lookup = 0; lookup < 3; lookup++) {
        assertAnswersLikeLocalLogic(registry.callable(registry.lookUp()));
      }
    }
  }

  @Test
  void dirmi_hasNoNamingRegistry() {
    UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
        () -> SystemUnderTest.DIRMI.remoting().connectToRegistry("127.0.0.1:1"));

    assertTrue(refused.getMessage().contains("no naming registry"), refused.getMessage());
  }

  private static void assertAsyncAndOneWayCallsWork(Connection connection) throws Exception {
    AsyncService async = connection.async();
    if (async != null) {
      List<CompletableFuture<User>> answers = new ArrayList<>();
      for (long id = 1; id <= 100; id++) {
        answers.add(async.getUserAsync(id));
      }
      for (int index = 0; index < answers.size(); index++) {
        assertEquals(LOCAL.getUser(index + 1), answers.get(index).get(10, TimeUnit.SECONDS));
      }
    }
    OneWayService oneWay = connection.oneWay();
    long before = oneWay.recorded();
    for (int id = 0; id < 100; id++) {
      oneWay.record(id);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (oneWay.recorded() < before + 100 && System.nanoTime() - deadline < 0) {
      Thread.onSpinWait();
    }
    assertEquals(before + 100, oneWay.recorded());
  }

  private static void assertAnswersLikeLocalLogic(BenchmarkService remote) {
    remote.ping();
    assertEquals(42, remote.add(20, 22));
    assertEquals(LOCAL.getUser(7), remote.getUser(7));
    assertEquals(LOCAL.listUsers(15), remote.listUsers(15));
    byte[] data = new byte[64 * 1024];
    data[data.length - 1] = 9;
    assertArrayEquals(data, remote.echo(data));
  }
}
