package io.proxima;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * A reference to one exported object: where it lives, which process incarnation exported it,
 * its id, and the remote interface (with that interface's fingerprint) it is called through.
 *
 * <p>A reference written with {@link #toUri()} can be handed to another process by any means
 * (a file, a command line, a registry) and turned back with {@link #parse(String)}:
 *
 * <pre>proxima://127.0.0.1:7000?object=9f…e1&amp;interface=com.acme.Account&amp;incarnation=4c…&amp;fingerprint=a3…</pre>
 *
 * <p>A node that does not listen (a pure client) can still export objects, such as listeners
 * it passes to a server. Its references carry port 0: they are reachable only over the connection
 * that node opened, which is how callbacks reach clients behind NAT and firewalls.
 *
 * @param host the server's host name or address, as clients should dial it
 * @param port the server's port; 0 when the exporting node does not listen
 * @param incarnation random per server process start; a reference from an earlier start fails
 *     fast instead of reaching another object
 * @param objectId the exported object's id
 * @param interfaceName binary name of the remote interface
 * @param fingerprint hash of the interface's methods and value types, checked on every call
 */
public record RemoteRef(
    String host, int port, long incarnation, ObjectId objectId, String interfaceName, long fingerprint) {

  /**
   * The incarnation of a reference to a well-known object (such as a registry) made without
   * asking its node: the node accepts it for well-known object ids only, whatever its own
   * incarnation.
   */
  public static final long ANY_INCARNATION = 0;

  /** The URI scheme of references and registry addresses. */
  public static final String SCHEME = "proxima";

  public RemoteRef {
    if (host.isEmpty()) {
      throw new IllegalArgumentException("host must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
  }

  /** Whether the exporting node listens; if not, only its own connections reach the object. */
  public boolean isListening() {
    return port != 0;
  }

  /**
   * Whether {@code other} denotes the same exported object: the same node incarnation and object
   * id, and for well-known objects ({@link #ANY_INCARNATION}) the same endpoint.
   */
  public boolean sameObjectAs(RemoteRef other) {
    return incarnation == other.incarnation && objectId.equals(other.objectId)
        && (incarnation != ANY_INCARNATION || (host.equals(other.host) && port == other.port));
  }

  /** Returns {@code host:port}, the endpoint this reference is called at, or says that there is none. */
  public String endpoint() {
    return isListening() ? host + ":" + port : host + " (a node that does not listen)";
  }

  /** Writes this reference as a {@code proxima://} URI string. */
  public String toUri() {
    return String.format(
        "%s://%s:%d?object=%s&interface=%s&incarnation=%016x&fingerprint=%016x",
        SCHEME, host, port, objectId, interfaceName, incarnation, fingerprint);
  }

  /**
   * Reads a reference written by {@link #toUri()}.
   *
   * @throws IllegalArgumentException if the text is not such a reference, naming what is missing
   */
  public static RemoteRef parse(String uri) {
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a reference URI: " + uri, e);
    }
    if (!SCHEME.equals(parsed.getScheme()) || parsed.getHost() == null || parsed.getPort() < 0) {
      throw new IllegalArgumentException("a reference URI looks like proxima://host:port?object=…, got " + uri);
    }
    Map<String, String> query = queryOf(parsed, uri);
    return new RemoteRef(
        parsed.getHost(),
        parsed.getPort(),
        Long.parseUnsignedLong(required(query, "incarnation", uri), 16),
        ObjectId.parse(required(query, "object", uri)),
        required(query, "interface", uri),
        Long.parseUnsignedLong(required(query, "fingerprint", uri), 16));
  }

  @Override
  public String toString() {
    return toUri();
  }

  private static Map<String, String> queryOf(URI parsed, String uri) {
    Map<String, String> query = new HashMap<>();
    String raw = parsed.getQuery();
    if (raw == null) {
      throw new IllegalArgumentException("reference URI has no query (object=…&interface=…): " + uri);
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        query.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return query;
  }

  private static String required(Map<String, String> query, String key, String uri) {
    String value = query.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("reference URI lacks '" + key + "': " + uri);
    }
    return value;
  }
}
