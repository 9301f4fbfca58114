package io.proxima.benchmarks.systems.proxima;

import io.proxima.RemoteRef;
import io.proxima.benchmarks.service.OneWayService;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.RemotingSystem;
import io.proxima.runtime.Node;
import java.io.Closeable;

/** Proxima with its defaults; the address of the service is its reference as a URI. */
public final class Proxima implements RemotingSystem {

  @Override
  public Exported export() {
    Node server = Node.builder().host("127.0.0.1").port(0).start();
    try {
      return new ExportedProxima(server, server.export(new ProximaTarget()));
    } catch (RuntimeException | Error e) {
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

  private static Connection withCalls(ProximaBenchmarkService proxy, Closeable resources) {
    return new Connection(proxy, proxy::getUserAsync, OneWayService.of(proxy::record, proxy::recorded), resources);
  }

  private record ExportedProxima(Node server, RemoteRef ref) implements Exported {

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
      server.close();
    }
  }
}
