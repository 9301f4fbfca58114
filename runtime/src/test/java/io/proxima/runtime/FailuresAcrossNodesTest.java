package io.proxima.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.MarshallingException;
import io.proxima.RemoteRef;
import io.proxima.RemoteStackTrace;
import io.proxima.ServerException;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exceptions thrown by remote methods, and values that may not travel. */
class FailuresAcrossNodesTest {
  private static Node server;
  private static Node client;
  private static Failing failing;
  private static RemoteRef ref;

  @BeforeAll
  static void start() {
    server = Node.builder().port(0).start();
    client = Node.builder().start();
    ref = server.export(new FailingImpl());
    failing = client.proxy(ref, Failing.class);
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void declaredCheckedException_arrivesAsItself_withItsFieldsAndTheServerTrace() {
    Failing.AppException thrown = assertThrows(Failing.AppException.class, () -> failing.throwChecked("no luck", 42));
    assertEquals("no luck", thrown.getMessage());
    assertEquals(42, thrown.code());
    assertTrue(Arrays.stream(thrown.getStackTrace())
            .anyMatch(frame -> frame.getClassName().equals(FailuresAcrossNodesTest.class.getName())),
        "the exception's own trace is the caller's call site");
    RemoteStackTrace serverTrace = assertInstanceOf(RemoteStackTrace.class, thrown.getSuppressed()[0]);
    assertTrue(serverTrace.getMessage().contains("Failing.throwChecked(java.lang.String,int)"), serverTrace.getMessage());
    assertTrue(serverTrace.getMessage().contains(ref.endpoint()), serverTrace.getMessage());
    assertTrue(Arrays.stream(serverTrace.getStackTrace())
        .anyMatch(frame -> frame.getClassName().equals(FailingImpl.class.getName())), "server frames are kept");
  }

  @Test
  void runtimeException_arrivesAsItself() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> failing.throwUnchecked("bad state"));
    assertEquals("bad state", thrown.getMessage());
  }

  @Test
  void runtimeExceptionOfAnUnlistedClass_arrivesAsServerException_namingTheClass() {
    ServerException thrown = assertThrows(ServerException.class, () -> failing.throwUnlisted("hidden"));
    assertTrue(thrown.getMessage().contains(FailingImpl.UnlistedException.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("hidden"), thrown.getMessage());
  }

  @Test
  void error_arrivesAsServerException() {
    ServerException thrown = assertThrows(ServerException.class, failing::throwError);
    assertTrue(thrown.getMessage().contains("AssertionError"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("broken invariant"), thrown.getMessage());
  }

  @Test
  void resultOfAnUnlistedClass_failsWithServerException_andTheConnectionKeepsWorking() {
    ServerException thrown = assertThrows(ServerException.class, failing::returnUnlisted);
    assertTrue(thrown.getMessage().contains("Failing.returnUnlisted()"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(FailingImpl.Unlisted.class.getName()), thrown.getMessage());
    assertEquals(5, failing.sleep(5));
  }

  @Test
  void argumentOfAnUnlistedClass_isRefusedBeforeSending() {
    MarshallingException thrown = assertThrows(MarshallingException.class, () -> failing.accept(new FailingImpl.Unlisted()));
    assertTrue(thrown.getMessage().contains("Failing.accept(java.lang.Object)"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(FailingImpl.Unlisted.class.getName()), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("allowTypes"), "names the remedy: " + thrown.getMessage());
    assertEquals("java.lang.String", failing.accept("allowed"));
  }
}
