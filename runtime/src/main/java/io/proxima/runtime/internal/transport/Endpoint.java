package io.proxima.runtime.internal.transport;

/** A host and port that connections are made to; the key of the connection pool. */
public record Endpoint(String host, int port) {
  @Override
  public String toString() {
    return host + ":" + port;
  }
}
