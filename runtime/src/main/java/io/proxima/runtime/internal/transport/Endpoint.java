package io.proxima.runtime.internal.transport;

/** A host and port that connections are made to; the key of the connection pool. */
public record Endpoint(String host, int port) {
  // equals and hashCode are written out, as ObjectId's are: a record's own cost a fresh JVM its
  // first call time.
  @Override
  public boolean equals(Object other) {
    return other instanceof Endpoint endpoint && endpoint.port == port && endpoint.host.equals(host);
  }

  @Override
  public int hashCode() {
    return host.hashCode() * 31 + port;
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
