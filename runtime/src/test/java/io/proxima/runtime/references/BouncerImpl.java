package io.proxima.runtime.references;

/** Passes itself to the other side with one level less, until none is left. */
public final class BouncerImpl implements Bouncer {
  @Override
  public int bounce(Bouncer other, int depth) {
    return depth == 0 ? 0 : 1 + other.bounce(this, depth - 1);
  }
}
