package io.proxima.benchmarks.systems.rmi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.rmi.server.RMIServerSocketFactory;

/**
 * Makes Java RMI listen on 127.0.0.1 only (its default is every interface) and remembers the port
 * it was given, since a registry created on port 0 does not tell.
 */
final class LoopbackServerSockets implements RMIServerSocketFactory {
  private static final int BACKLOG = 128;

  private volatile int lastPort;

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new ServerSocket(port, BACKLOG, InetAddress.getLoopbackAddress());
    lastPort = socket.getLocalPort();
    return socket;
  }

  int lastPort() {
    return lastPort;
  }
}
