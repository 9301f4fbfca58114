package io.proxima.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.Node;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The registry's API over real sockets: a registry node, a server node that binds, a client node that looks up. */
@Timeout(20)
class RegistryApiTest {
  private Node registryNode;
  private RegistryServer server;
  private Node serverNode;
  private Node clientNode;
  private Registry fromServer;
  private Registry fromClient;

  @BeforeEach
  void start() {
    registryNode = Node.builder().port(0).start();
    server = RegistryServer.embed(registryNode, RegistryServer.Settings.inMemory());
    serverNode = Node.builder().port(0).start();
    clientNode = Node.builder().start();
    int port = server.address().port();
    fromServer = Registry.locate(serverNode, "127.0.0.1", port);
    fromClient = Registry.locate(clientNode, "127.0.0.1", port);
  }

  @AfterEach
  void stop() {
    clientNode.close();
    serverNode.close();
    server.close();
    registryNode.close();
  }

  @Test
  void bind_thenLookup_returnsAProxyThatReachesTheBoundObject() {
    fromServer.bind("accounts/alice", new WorkerImpl("alice"));

    Worker alice = fromClient.lookup("accounts/alice", Worker.class);

    assertEquals("alice", alice.serverId());
    assertEquals(1, alice.serverIdRuns());
  }

  @Test
  void bind_nameBoundAlready_throwsAlreadyBound_andKeepsTheFirstObject() {
    fromServer.bind("accounts/alice", new WorkerImpl("first"));

    AlreadyBoundException e = assertThrows(AlreadyBoundException.class,
        () -> fromServer.bind("accounts/alice", new WorkerImpl("second")));

    assertEquals("'accounts/alice' is bound already; rebind replaces what it holds, addReplica adds another"
        + " replica, unbind removes it", e.getMessage());
    assertEquals("first", fromClient.lookup("accounts/alice", Worker.class).serverId());
  }

  @Test
  void rebind_replacesWhatTheNameHeld() {
    fromServer.bind("accounts/alice", new WorkerImpl("first"));

    fromServer.rebind("accounts/alice", new WorkerImpl("second"));

    assertEquals("second", fromClient.lookup("accounts/alice", Worker.class).serverId());
    assertEquals(1, fromClient.lookupAll("accounts/alice").size());
  }

  @Test
  void unbind_thenLookup_throwsNotBoundNamingTheName() {
    fromServer.bind("accounts/alice", new WorkerImpl("alice"));

    fromServer.unbind("accounts/alice");

    NotBoundException e = assertThrows(NotBoundException.class, () -> fromClient.lookup("accounts/alice", Worker.class));
    assertEquals("'accounts/alice' is not bound in this registry; bind it first, or see what is bound with"
        + " list(\"\")", e.getMessage());
    assertThrows(NotBoundException.class, () -> fromServer.unbind("accounts/alice"));
  }

  @Test
  void bind_invalidName_throwsIllegalArgumentSayingWhatIsAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fromServer.bind("accounts//alice", new WorkerImpl("alice")));

    assertEquals("registry name \"accounts//alice\" is invalid: it has an empty segment (\"//\"); separate"
        + " segments with a single '/'", e.getMessage());
    assertEquals(List.of(), fromClient.list(""));
  }

  @Test
  void lookup_withAnotherInterface_throwsIllegalArgumentNamingBoth() {
    fromServer.bind("accounts/alice", new WorkerImpl("alice"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fromClient.lookup("accounts/alice", Echo.class));

    assertEquals("'accounts/alice' is bound to a io.proxima.registry.Worker, not a io.proxima.registry.Echo",
        e.getMessage());
  }

  @Test
  void bind_valueThatIsNotARemoteObject_throwsIllegalArgument() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fromServer.bind("accounts/alice", "just a string"));

    assertTrue(e.getMessage().startsWith("bind of 'accounts/alice' refused: bind takes a remote object: a proxy, or"
        + " an object implementing a @Remote interface; "), e.getMessage());
  }

  @Test
  void list_selectsNamesSegmentWise_sorted() {
    for (String name : List.of("accounts/bob", "accounts/alice", "accounts", "accountsx", "other/x")) {
      fromServer.bind(name, new WorkerImpl(name));
    }

    assertEquals(List.of("accounts/alice", "accounts/bob"), fromClient.list("accounts/"));
    assertEquals(List.of("accounts", "accounts/alice", "accounts/bob"), fromClient.list("accounts"));
    assertEquals(5, fromClient.list("").size());
    assertThrows(IllegalArgumentException.class, () -> fromClient.list("/accounts"));
  }

  @Test
  void addReplica_ofAnotherInterface_isRefused_removeReplica_keepsTheOthers() {
    WorkerImpl first = new WorkerImpl("first");
    WorkerImpl second = new WorkerImpl("second");
    fromServer.addReplica("svc", first, BindingLifetime.LEASED);
    fromServer.addReplica("svc", second, BindingLifetime.LEASED);
    fromServer.addReplica("svc", second, BindingLifetime.LEASED); // already there: no change

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fromServer.addReplica("svc", new EchoImpl(), BindingLifetime.LEASED));
    assertTrue(e.getMessage().startsWith("cannot add a replica to 'svc': its replicas are io.proxima.registry.Worker"
        + " objects and this one is a io.proxima.registry.Echo"), e.getMessage());
    assertEquals(2, fromClient.lookupAll("svc").size());

    fromServer.removeReplica("svc", first);

    List<Object> left = fromClient.lookupAll("svc");
    assertEquals(1, left.size());
    assertEquals("second", ((Worker) left.get(0)).serverId());
  }

  @Test
  void objectOfTheRegistrysOwnNode_boundInProcess_isLookedUpFromElsewhere() {
    server.registry().bind("local/worker", new WorkerImpl("in-registry"), BindingLifetime.PERSISTENT);

    assertEquals("in-registry", fromClient.lookup("local/worker", Worker.class).serverId());
  }

  @Test
  void naming_urlForm_bindsLooksUpListsAndUnbinds() {
    String registry = "proxima://127.0.0.1:" + server.address().port();

    Naming.bind(serverNode, registry + "/accounts/alice", new WorkerImpl("alice"));
    Naming.bind(serverNode, registry + "/accounts/bob", new WorkerImpl("bob"));
    Naming.rebind(serverNode, registry + "/accounts/bob", new WorkerImpl("bob2"));

    assertEquals("alice", Naming.lookup(clientNode, registry + "/accounts/alice", Worker.class).serverId());
    assertEquals("bob2", Naming.lookup(clientNode, registry + "/accounts/bob", Worker.class).serverId());
    assertEquals(List.of("accounts/alice", "accounts/bob"), Naming.list(clientNode, registry + "/accounts/"));
    assertEquals(List.of("accounts/alice", "accounts/bob"), Naming.list(clientNode, registry));
    assertEquals(List.of("accounts/alice", "accounts/bob"), Naming.list(clientNode, registry + "/"));

    Naming.unbind(serverNode, registry + "/accounts/alice");

    assertEquals(List.of("accounts/bob"), Naming.list(clientNode, registry + "/accounts"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Naming.lookup(clientNode, registry, Worker.class));
    assertEquals("the URL \"" + registry + "\" names a registry but no name in it; expected"
        + " proxima://host[:port]/name", e.getMessage());
  }
}
