package io.proxima.registry.internal;

import io.proxima.registry.AccessDeniedException;
import io.proxima.runtime.CallContext;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * Who may change a registry: code in the registry's own JVM, callers on the registry's own host
 * (unless local writes are turned off), and whoever presents the write secret.
 *
 * <p>Thread-safe.
 */
final class WriteAccess {
  private final byte @Nullable [] secret;
  private final boolean localWritesAllowed;
  private final LocalAddresses localAddresses = new LocalAddresses();

  WriteAccess(@Nullable String secret, boolean localWritesAllowed) {
    this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
    this.localWritesAllowed = localWritesAllowed;
  }

  /**
   * Checks that the caller of the remote call this thread serves may write. Must run before the
   * method makes any remote call of its own.
   *
   * @param operation the method, for the message ({@code "bind"})
   * @throws AccessDeniedException naming the operation, the name, the caller and the remedy
   */
  void checkWrite(String operation, String name) {
    InetSocketAddress caller = CallContext.callerAddress();
    if (caller == null) {
      return; // a call from within the registry's own JVM
    }
    if (localWritesAllowed && caller.getAddress() != null && localAddresses.contains(caller.getAddress())) {
      return;
    }
    throw new AccessDeniedException(operation + " of '" + name + "' refused: " + rule()
        + "; caller " + (caller.getAddress() != null ? caller.getAddress() : caller.getHostString()));
  }

  /**
   * Checks {@code presented} against the write secret, in time independent of where they differ.
   *
   * @throws AccessDeniedException if it is not the secret, or the registry has none
   */
  void checkSecret(String presented) {
    if (secret == null) {
      throw new AccessDeniedException("authenticate refused: this registry was started without a write secret;"
          + " give it one (--secret-file, or the PROXIMA_REGISTRY_SECRET environment variable), or write from"
          + " the registry's own host");
    }
    if (!MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
      throw new AccessDeniedException("authenticate refused: wrong secret for this registry");
    }
  }

  private String rule() {
    if (!localWritesAllowed) {
      return "this registry allows writes only after authenticate(secret)";
    }
    if (secret == null) {
      return "writes are allowed only from the registry's own host (it has no write secret for"
          + " authenticate(secret))";
    }
    return "writes are allowed only from the registry's own host or after authenticate(secret)";
  }
}
