package io.proxima.benchmarks.systems.dirmi;

import io.proxima.benchmarks.service.OneWayService;
import io.proxima.benchmarks.service.User;
import io.proxima.benchmarks.systems.Connection;
import io.proxima.benchmarks.systems.Exported;
import io.proxima.benchmarks.systems.HostPort;
import io.proxima.benchmarks.systems.NamingClient;
import io.proxima.benchmarks.systems.RemotingSystem;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import org.cojen.dirmi.Connector;
import org.cojen.dirmi.Environment;
import org.cojen.dirmi.Serializer;
import org.cojen.dirmi.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dirmi 2 with its defaults, plus the serializer it needs for the {@link User} record. */
public final class Dirmi implements RemotingSystem {
  private static final Logger log = LoggerFactory.getLogger(Dirmi.class);

  private static final String NAME = "benchmark";
  private static final int BACKLOG = 128;

  @Override
  public Exported export() throws Exception {
    Environment server = newEnvironment();
    try {
      server.export(NAME, new DirmiTarget());
      ServerSocket socket = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
      server.acceptAll(socket);
      return new ExportedDirmi(new HostPort("127.0.0.1", socket.getLocalPort()), server);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
  }

  @Override
  public Connection connect(String address) throws Exception {
    HostPort server = HostPort.parse(address);
    Environment client = newEnvironment();
    return open(client, () -> client.connect(DirmiBenchmarkService.class, NAME, server.host(), server.port()));
  }

  /** Dirmi has none: a client names the object it wants when it connects (see {@link #connect}). */
  @Override
  public NamingClient connectToRegistry(String address) {
    throw new UnsupportedOperationException("Dirmi has no naming registry: a client names the object"
        + " it wants when it connects, so scenario (h) does not run on Dirmi");
  }

  private static Environment newEnvironment() {
    Environment environment = Environment.create();
    // Dirmi encodes records only through a serializer both sides register.
    environment.customSerializers(Serializer.simple(User.class));
    // A failure in a @NoReply method has no caller to reach; make it visible.
    environment.uncaughtExceptionHandler((session, failure) -> log.warn("a Dirmi call failed with no caller to tell", failure));
    return environment;
  }

  private static Connection open(Environment client, SessionOpener opener) throws Exception {
    try {
      Session<DirmiBenchmarkService> session = opener.open();
      DirmiBenchmarkService service = session.root();
      return new Connection(service, new DirmiAsync(service), OneWayService.of(service::record, service::recorded),
          client::close);
    } catch (Exception | Error e) {
      client.close();
      throw e;
    }
  }

  private interface SessionOpener {
    Session<DirmiBenchmarkService> open() throws Exception;
  }

  private record ExportedDirmi(HostPort server, Environment environment) implements Exported {

    @Override
    public String address() {
      return server.toString();
    }

    @Override
    public Connection connectFromSameJvm() throws Exception {
      // Dirmi's in-process route: piped streams straight into this environment, no socket.
      Environment client = newEnvironment();
      client.connector(Connector.local(environment));
      return open(client, () -> client.connect(DirmiBenchmarkService.class, NAME, (SocketAddress) null));
    }

    @Override
    public void close() {
      environment.close();
    }
  }
}
