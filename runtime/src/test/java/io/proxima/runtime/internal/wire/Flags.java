package io.proxima.runtime.internal.wire;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by the static initializers of classes that hostile input names, so that tests can see whether they ran. */
final class Flags {
  static final AtomicBoolean NAME_TAG_TARGET_INITIALIZED = new AtomicBoolean();
  static final AtomicBoolean REFUSED_EXCEPTION_INITIALIZED = new AtomicBoolean();

  private Flags() {}
}
