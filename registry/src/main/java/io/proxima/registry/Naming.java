package io.proxima.registry;

import io.proxima.runtime.Node;
import java.util.List;

/**
 * The registry in one line, with URLs as in {@code java.rmi.Naming}: {@code
 * proxima://host[:port]/name} (see {@link RegistryAddress}).
 *
 * <pre>{@code
 * Naming.bind(node, "proxima://localhost:1100/accounts/alice", new AccountImpl());
 * Account alice = Naming.lookup(node, "proxima://localhost:1100/accounts/alice", Account.class);
 * List<String> names = Naming.list(node, "proxima://localhost:1100/accounts/");
 * }</pre>
 *
 * <p>Each method calls the registry at the URL's host and port through {@code node} (see {@link
 * Registry#locate}). Thread-safe.
 */
public final class Naming {
  private Naming() {}

  /** Returns the object bound at {@code url} as a {@code type}; see {@link Registry#lookup}. */
  public static <T> T lookup(Node node, String url, Class<T> type) throws NotBoundException {
    RegistryAddress address = named(url);
    return registry(node, address).lookup(address.name(), type);
  }

  /** Binds the name in {@code url} to {@code object}, leased; see {@link Registry#bind(String, Object)}. */
  public static void bind(Node node, String url, Object object) throws AlreadyBoundException {
    RegistryAddress address = named(url);
    registry(node, address).bind(address.name(), object);
  }

  /** Binds the name in {@code url} to {@code object}, leased, replacing what it held. */
  public static void rebind(Node node, String url, Object object) {
    RegistryAddress address = named(url);
    registry(node, address).rebind(address.name(), object);
  }

  /** Removes every object bound at {@code url}. */
  public static void unbind(Node node, String url) throws NotBoundException {
    RegistryAddress address = named(url);
    registry(node, address).unbind(address.name());
  }

  /**
   * Lists the names under the URL's path, sorted: {@code proxima://host:port} lists every name,
   * {@code proxima://host:port/accounts/} the names below {@code accounts}, {@code
   * proxima://host:port/accounts} those and {@code accounts} itself.
   */
  public static List<String> list(Node node, String url) {
    RegistryAddress address;
    String prefix;
    int pathStart = url.indexOf('/', url.indexOf("://") + 3);
    if (url.endsWith("/") && pathStart >= 0 && pathStart < url.length() - 1) {
      // A URL's name cannot end in '/', but a prefix can: it selects only what is below.
      address = RegistryAddress.parse(url.substring(0, url.length() - 1));
      prefix = address.name() + "/";
    } else {
      address = RegistryAddress.parse(url);
      prefix = address.name();
    }
    return registry(node, address).list(prefix);
  }

  private static RegistryAddress named(String url) {
    RegistryAddress address = RegistryAddress.parse(url);
    if (address.name().isEmpty()) {
      throw new IllegalArgumentException("the URL \"" + url + "\" names a registry but no name in it;"
          + " expected proxima://host[:port]/name");
    }
    return address;
  }

  private static Registry registry(Node node, RegistryAddress address) {
    return Registry.locate(node, address.host(), address.port());
  }
}
