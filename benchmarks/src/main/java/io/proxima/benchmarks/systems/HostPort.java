package io.proxima.benchmarks.systems;

/** A {@code host:port} address, the form Java RMI and Dirmi services are reached at. */
public record HostPort(String host, int port) {

  public static HostPort parse(String address) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected host:port, got " + address);
    }
    return new HostPort(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
