package io.proxima.runtime;

import java.util.ArrayList;
import java.util.List;

/** A mutable class with nested values, for deep-copy tests. */
public final class Box {
  private String label;
  private List<Values.Point> points = new ArrayList<>();
  private Box inner;

  private Box() {}

  public Box(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public List<Values.Point> points() {
    return points;
  }

  public Box inner() {
    return inner;
  }

  public Box inner(Box inner) {
    this.inner = inner;
    return this;
  }
}
