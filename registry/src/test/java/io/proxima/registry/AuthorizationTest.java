package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.proxima.runtime.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who may write. A client connecting from 127.0.0.2 is another host as far as the registry is
 * concerned: that address is loopback, but no network interface of this machine has it.
 */
@Timeout(20)
class AuthorizationTest {
  private static final String SECRET = "correct horse battery staple";

  @Test
  void otherHost_mayLookUpButNotWrite_untilItAuthenticatesWithTheSecret() {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer server = RegistryServer.embed(registryNode,
            RegistryServer.Settings.inMemory().withWriteSecret(SECRET));
        Node local = Node.builder().port(0).start();
        Node remote = Node.builder().port(0).sourceAddress("127.0.0.2").start()) {
      int port = server.address().port();
      Registry fromLocal = Registry.locate(local, "127.0.0.1", port);
      Registry fromRemote = Registry.locate(remote, "127.0.0.1", port);
      fromLocal.bind("shared/worker", new WorkerImpl("shared"));

      assertEquals("shared", fromRemote.lookup("shared/worker", Worker.class).serverId());
      assertEquals(List.of("shared/worker"), fromRemote.list(""));
      AccessDeniedException denied = assertThrows(AccessDeniedException.class,
          () -> fromRemote.bind("remote/worker", new WorkerImpl("remote")));
      assertEquals("bind of 'remote/worker' refused: writes are allowed only from the registry's own host or after"
          + " authenticate(secret); caller /127.0.0.2", denied.getMessage());
      assertThrows(AccessDeniedException.class, () -> fromRemote.unbind("shared/worker"));
      AccessDeniedException wrong = assertThrows(AccessDeniedException.class,
          () -> fromRemote.authenticate("wrong secret"));
      assertEquals("authenticate refused: wrong secret for this registry", wrong.getMessage());

      Registry authenticated = fromRemote.authenticate(SECRET);
      authenticated.bind("remote/worker", new WorkerImpl("remote"));
      authenticated.unbind("shared/worker");

      assertEquals(List.of("remote/worker"), fromLocal.list(""));
      assertEquals("remote", fromLocal.lookup("remote/worker", Worker.class).serverId());
    }
  }

  @Test
  void registryWithoutSecret_refusesAuthenticate_andCanRefuseLocalWritesToo() {
    try (Node registryNode = Node.builder().port(0).start();
        RegistryServer open = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
        Node otherRegistryNode = Node.builder().port(0).start();
        RegistryServer strict = RegistryServer.embed(otherRegistryNode,
            RegistryServer.Settings.inMemory().withWriteSecret(SECRET).withLocalWrites(false));
        Node local = Node.builder().port(0).start();
        // One node per registry: a node keeps one proxy per well-known object id, whatever its address.
        Node localToStrict = Node.builder().port(0).start()) {
      AccessDeniedException none = assertThrows(AccessDeniedException.class,
          () -> Registry.locate(local, "127.0.0.1", open.address().port()).authenticate(SECRET));
      assertEquals("authenticate refused: this registry was started without a write secret; give it one"
          + " (--secret-file, or the PROXIMA_REGISTRY_SECRET environment variable), or write from the registry's"
          + " own host", none.getMessage());

      Registry strictRegistry = Registry.locate(localToStrict, "127.0.0.1", strict.address().port());
      AccessDeniedException denied = assertThrows(AccessDeniedException.class,
          () -> strictRegistry.bind("a", new WorkerImpl("a")));
      assertEquals("bind of 'a' refused: this registry allows writes only after authenticate(secret); caller"
          + " /127.0.0.1", denied.getMessage());
      strictRegistry.authenticate(SECRET).bind("a", new WorkerImpl("a"));
      strict.registry().bind("b", new WorkerImpl("b")); // code in the registry's JVM may always write
      assertEquals(List.of("a", "b"), strictRegistry.list(""));
    }
  }
}
