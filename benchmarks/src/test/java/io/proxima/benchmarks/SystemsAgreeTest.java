package io.proxima.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proxima.benchmarks.server.ServerProcess;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.BenchmarkServiceLogic;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.SystemUnderTest;
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
