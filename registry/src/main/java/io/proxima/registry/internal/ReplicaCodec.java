package io.proxima.registry.internal;

import io.proxima.RemoteRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a name's replicas as the one text value {@link BindingStore} keeps for that name, and
 * reads them back.
 *
 * <p>The value has one line per replica, in the order the replicas were added: {@code persistent}
 * or {@code leased}, a space, and the reference's {@link RemoteRef#toUri() URI}:
 *
 * <pre>
 * persistent proxima://10.0.0.5:7000?object=…&amp;interface=com.acme.Accounts&amp;incarnation=…&amp;fingerprint=…
 * leased proxima://10.0.0.6:7000?object=…&amp;interface=com.acme.Accounts&amp;incarnation=…&amp;fingerprint=…
 * </pre>
 *
 * <p>Text rather than a custom MVStore data type: the store's own string type already handles it,
 * the file does not depend on any class's layout, and the URI form is the reference's documented
 * stable form anyway.
 */
final class ReplicaCodec {
  private static final String PERSISTENT = "persistent ";
  private static final String LEASED = "leased ";

  private ReplicaCodec() {}

  /**
   * Encodes the replicas of one name.
   *
   * @throws IllegalArgumentException if a reference would not read back equal from its URI form
   *     (for example a host or interface name containing '?', '&amp;' or a line break), so that
   *     nothing is stored that a restart could not restore
   */
  static String encode(List<Binding> replicas) {
    StringBuilder value = new StringBuilder();
    for (Binding replica : replicas) {
      if (value.length() > 0) {
        value.append('\n');
      }
      value.append(replica.persistent() ? PERSISTENT : LEASED).append(storableUri(replica));
    }
    return value.toString();
  }

  /**
   * Decodes the value stored for {@code name}.
   *
   * @throws IllegalStateException if the value is not one {@link #encode} wrote
   */
  static List<Binding> decode(String name, String value) {
    List<Binding> replicas = new ArrayList<>();
    for (String line : value.split("\n", -1)) {
      boolean persistent = line.startsWith(PERSISTENT);
      if (!persistent && !line.startsWith(LEASED)) {
        throw corrupt(name, line, null);
      }
      String uri = line.substring(persistent ? PERSISTENT.length() : LEASED.length());
      try {
        replicas.add(new Binding(name, RemoteRef.parse(uri), persistent));
      } catch (IllegalArgumentException e) {
        throw corrupt(name, line, e);
      }
    }
    return replicas;
  }

  private static String storableUri(Binding replica) {
    String uri = replica.ref().toUri();
    RemoteRef readBack;
    try {
      readBack = RemoteRef.parse(uri);
    } catch (IllegalArgumentException e) {
      throw unstorable(replica, e);
    }
    if (!readBack.equals(replica.ref())) {
      throw unstorable(replica, null);
    }
    return uri;
  }

  private static IllegalArgumentException unstorable(Binding replica, @Nullable Exception cause) {
    return new IllegalArgumentException(
        "cannot bind " + replica.name() + ": its reference does not read back from its URI form,"
            + " so it would not survive a restart of the registry: "
            + replica.ref().toUri().replace('\n', ' '),
        cause);
  }

  private static IllegalStateException corrupt(
      String name, String line, @Nullable Exception cause) {
    return new IllegalStateException(
        "the stored bindings of " + name + " are corrupt: cannot read the line '" + line + "'",
        cause);
  }
}
