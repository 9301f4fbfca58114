package io.proxima.registry;

import static io.proxima.registry.RegistryNames.quote;

import io.proxima.RemoteRef;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a registry is, and optionally a name in it: the URL {@code proxima://host[:port][/name]},
 * such as {@code proxima://registry.example:1100/accounts/alice}.
 *
 * <p>The port defaults to {@link #DEFAULT_PORT}. An IPv6 literal is written in brackets in the URL
 * ({@code proxima://[::1]:1100/a}) and held without them in {@link #host()}.
 *
 * @param host the registry's host name or address, as clients should dial it
 * @param port the registry's port, 1 to 65535
 * @param name a name in the registry (see {@link RegistryNames}), or {@code ""} when the address
 *     names only the registry
 */
public record RegistryAddress(String host, int port, String name) {
  /** The port a registry listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 1100;

  private static final String SHAPE = "expected proxima://host[:port][/name]";

  public RegistryAddress {
    if (host.isEmpty()) {
      throw new IllegalArgumentException("registry host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("registry port must be in 1..65535, got " + port);
    }
    if (!name.isEmpty()) {
      RegistryNames.checkName(name);
    }
  }

  /**
   * Reads a registry URL: {@code proxima://host:port/name}, {@code proxima://host/name},
   * {@code proxima://host:port} or {@code proxima://host:port/}.
   *
   * @throws IllegalArgumentException quoting the URL and saying what is wrong with it
   */
  public static RegistryAddress parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid(url, "it is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getScheme() == null || !uri.getScheme().equals(RemoteRef.SCHEME)) {
      throw invalid(url, "it does not start with " + RemoteRef.SCHEME + "://");
    }
    String authority = uri.getRawAuthority();
    if (uri.isOpaque() || authority == null) {
      throw invalid(url, "it has no host");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalid(url, "it has a user, a query or a fragment, which a registry URL cannot have");
    }
    int port = portOf(url, authority);
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw invalid(url, "it has no valid host");
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return new RegistryAddress(host, port, nameOf(url, uri.getRawPath()));
  }

  /** Returns the URL of this address, always with the port: {@code proxima://host:port[/name]}. */
  @Override
  public String toString() {
    String urlHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    String url = RemoteRef.SCHEME + "://" + urlHost + ":" + port;
    return name.isEmpty() ? url : url + "/" + name;
  }

  private static int portOf(String url, String authority) {
    int colon = authority.lastIndexOf(':');
    if (colon < 0 || colon < authority.lastIndexOf(']')) {
      return DEFAULT_PORT; // no colon, or only those inside an IPv6 literal
    }
    String digits = authority.substring(colon + 1);
    if (!isPortDigits(digits)) {
      throw invalid(url, "its port " + quote(digits) + " is not a number in 1..65535");
    }
    int port = Integer.parseInt(digits);
    if (port < 1 || port > 65535) {
      throw invalid(url, "its port " + port + " is not in 1..65535");
    }
    return port;
  }

  private static boolean isPortDigits(String text) {
    return !text.isEmpty()
        && text.length() <= 5
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String nameOf(String url, String path) {
    if (path.isEmpty() || path.equals("/")) {
      return "";
    }
    String name = path.substring(1); // a hierarchical URI's path after an authority starts with '/'
    try {
      return RegistryNames.checkName(name);
    } catch (IllegalArgumentException e) {
      throw invalid(url, e.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String url, String problem) {
    return new IllegalArgumentException(
        "invalid registry URL " + quote(url) + ": " + problem + "; " + SHAPE);
  }
}
