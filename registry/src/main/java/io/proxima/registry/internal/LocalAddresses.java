package io.proxima.registry.internal;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The addresses of this machine's network interfaces: a caller connecting from one of them runs
 * on this host. Only the interfaces' own addresses count, not the whole loopback range, so
 * {@code 127.0.0.2} is another host as far as the registry is concerned.
 *
 * <p>Thread-safe. Read again, at most every few seconds, when an address is not found, so that
 * an interface brought up later is seen without enumerating the interfaces on every write.
 */
final class LocalAddresses {
  private static final Logger log = LoggerFactory.getLogger(LocalAddresses.class);
  private static final long REREAD_NANOS = 5_000_000_000L;

  private volatile Set<InetAddress> addresses;
  private volatile long readAtNanos;

  LocalAddresses() {
    this.addresses = read();
    this.readAtNanos = System.nanoTime();
  }

  /** Whether {@code address} is one of this machine's interface addresses. */
  boolean contains(InetAddress address) {
    if (addresses.contains(address)) {
      return true;
    }
    long now = System.nanoTime();
    if (now - readAtNanos > REREAD_NANOS) {
      addresses = read();
      readAtNanos = now;
      return addresses.contains(address);
    }
    return false;
  }

  private static Set<InetAddress> read() {
    try {
      return NetworkInterface.networkInterfaces()
          .flatMap(NetworkInterface::inetAddresses)
          .collect(Collectors.toUnmodifiableSet());
    } catch (SocketException e) {
      log.warn("cannot list this machine's network interfaces, so no caller counts as local: {}", e.toString());
      return Set.of();
    }
  }
}
