package io.proxima.benchmarks.systems.rmi;

import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.HostPort;
import io.proxima.benchmarks.systems.NamingClient;
import io.proxima.benchmarks.systems.RemotingSystem;
import java.io.IOException;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.UnicastRemoteObject;

/** Java RMI as applications use it: {@link UnicastRemoteObject} and a {@link LocateRegistry} lookup. */
public final class JavaRmi implements RemotingSystem {
  private static final String NAME = "benchmark";

  static {
    // Stubs carry the host their server names; RMI reads this once, before its first export.
    System.setProperty("java.rmi.server.hostname", "127.0.0.1");
  }

  @Override
  public Exported export() throws Exception {
    LoopbackServerSockets sockets = new LoopbackServerSockets();
    Registry registry = LocateRegistry.createRegistry(0, null, sockets);
    int port = sockets.lastPort();
    RmiTarget target = new RmiTarget();
    // Same port and factory as the registry, so RMI serves both from one listening socket.
    registry.rebind(NAME, UnicastRemoteObject.exportObject(target, port, null, sockets));
    return new ExportedRmi(new HostPort("127.0.0.1", port), registry, target);
  }

  @Override
  public Connection connect(String address) throws Exception {
    return lookUp(HostPort.parse(address));
  }

  @Override
  public NamingClient connectToRegistry(String address) throws Exception {
    HostPort server = HostPort.parse(address);
    return new RegistryClient(LocateRegistry.getRegistry(server.host(), server.port()));
  }

  private static Connection lookUp(HostPort server) throws Exception {
    Registry registry = LocateRegistry.getRegistry(server.host(), server.port());
    RmiBenchmarkService stub = (RmiBenchmarkService) registry.lookup(NAME);
    // A stub holds nothing to release: RMI reaps its idle connections by itself.
    RmiClient client = new RmiClient(stub);
    // No asynchronous calls: scenario (d) compares with RMI's best threaded synchronous throughput.
    return Connection.holdingNothing(client, null, client);
  }

  /** The server's registry; a stub holds nothing to release, RMI reaps its idle connections by itself. */
  private record RegistryClient(Registry registry) implements NamingClient {

    @Override
    public Object lookUp() throws Exception {
      return registry.lookup(NAME);
    }

    @Override
    public BenchmarkService callable(Object lookedUp) {
      return new RmiClient((RmiBenchmarkService) lookedUp);
    }

    @Override
    public void close() {}
  }

  private record ExportedRmi(HostPort server, Registry registry, RmiTarget target) implements Exported {

    @Override
    public String address() {
      return server.toString();
    }

    @Override
    public Connection connectFromSameJvm() throws Exception {
      // RMI has no in-process path: a stub looked up in this JVM still calls over loopback.
      return lookUp(server);
    }

    @Override
    public void close() throws IOException {
      UnicastRemoteObject.unexportObject(target, true);
      UnicastRemoteObject.unexportObject(registry, true);
    }
  }
}
