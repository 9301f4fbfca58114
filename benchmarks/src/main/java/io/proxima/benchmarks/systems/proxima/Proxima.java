package io.proxima.benchmarks.systems.proxima;

import io.proxima.RemoteRef;
import io.proxima.benchmarks.service.BenchmarkService;
import io.proxima.benchmarks.service.OneWayService;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.NamingClient;
import io.proxima.benchmarks.systems.RemotingSystem;
import io.proxima.registry.Registry;
import io.proxima.registry.RegistryServer;
import io.proxima.runtime.Node;
import java.io.Closeable;
import org.jspecify.annotations.Nullable;

/**
 * Proxima with its defaults; the address of the service is its reference as a URI. The server's
 * node also serves a naming registry, in memory, with the service bound in it, as Java RMI's
 * server serves its registry.
 */
public final class Proxima implements RemotingSystem {
  private static final String NAME = "benchmark";

  @Override
  public Exported export() throws Exception {
    Node server = Node.builder().host("127.0.0.1").port(0).start();
    @Nullable RegistryServer registry = null;
    try {
      ProximaTarget target = new ProximaTarget();
      RemoteRef ref = server.export(target);
      registry = RegistryServer.embed(server, RegistryServer.Settings.inMemory());
      // The object is exported already, so the binding refers to that same export.
      registry.registry().bind(NAME, target);
      return new ExportedProxima(server, registry, ref);
    } catch (Exception | Error e) {
      if (registry != null) {
        registry.close();
      }
      server.close();
      throw e;
    }
  }

  @Override
  public Connection connect(String address) {
    Node client = Node.builder().start();
    try {
      ProximaBenchmarkService proxy = client.proxy(RemoteRef.parse(address), ProximaBenchmarkService.class);
      return withCalls(proxy, client::close);
    } catch (RuntimeException | Error e) {
      client.close();
      throw e;
    }
  }

  /** The registry served by the node whose service {@code address} refers to. */
  @Override
  public NamingClient connectToRegistry(String address) {
    RemoteRef service = RemoteRef.parse(address);
    Node client = Node.builder().start();
    try {
      return new RegistryClient(client, Registry.locate(client, service.host(), service.port()));
    } catch (RuntimeException | Error e) {
      client.close();
      throw e;
    }
  }

  private static Connection withCalls(ProximaBenchmarkService proxy, Closeable resources) {
    return new Connection(proxy, proxy::getUserAsync, OneWayService.of(proxy::record, proxy::recorded), resources);
  }

  private record RegistryClient(Node client, Registry registry) implements NamingClient {

    @Override
    public Object lookUp() throws Exception {
      return registry.lookup(NAME, ProximaBenchmarkService.class);
    }

    @Override
    public BenchmarkService callable(Object lookedUp) {
      return (ProximaBenchmarkService) lookedUp;
    }

    @Override
    public void close() {
      client.close();
    }
  }

  private record ExportedProxima(Node server, RegistryServer registry, RemoteRef ref) implements Exported {

    @Override
    public String address() {
      return ref.toUri();
    }

    @Override
    public Connection connectFromSameJvm() {
      // A proxy made by the exporting node itself, which may skip the network entirely.
      return withCalls(server.proxy(ref, ProximaBenchmarkService.class), () -> {});
    }

    @Override
    public void close() {
      try {
        registry.close();
      } finally {
        server.close();
      }
    }
  }
}
