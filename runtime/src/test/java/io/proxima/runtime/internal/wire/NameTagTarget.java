package io.proxima.runtime.internal.wire;

/** A class that records it was initialized; wire input names it and must not get that far. */
final class NameTagTarget {
  static {
    Flags.NAME_TAG_TARGET_INITIALIZED.set(true);
  }

  private NameTagTarget() {}
}
