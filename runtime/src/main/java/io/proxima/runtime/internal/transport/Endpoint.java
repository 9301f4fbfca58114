package io.proxima.runtime.internal.transport;

/** A host and port that connections are made to; the key of the connection pool. */
public record Endpoint(String host, int port) {
  // equals and hashCode are written out, as ObjectId's are, to keep the binding of a record's
  // own through method handles off a fresh JVM's first call.
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
