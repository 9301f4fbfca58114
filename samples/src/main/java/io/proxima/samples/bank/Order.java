package io.proxima.samples.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A mutable order with nested values, to show that arguments travel as deep copies. */
public final class Order {
  private String reference;
  private List<Line> lines = new ArrayList<>();
  private Map<String, String> notes = new TreeMap<>();
  private boolean paid;

  /** For decoding. */
  private Order() {}

  public Order(String reference) {
    this.reference = reference;
  }

  public Order add(String item, long price) {
    lines.add(new Line(item, price));
    return this;
  }

  public long total() {
    return lines.stream().mapToLong(Line::price).sum();
  }

  public String reference() {
    return reference;
  }

  public List<Line> lines() {
    return lines;
  }

  public Map<String, String> notes() {
    return notes;
  }

  public boolean paid() {
    return paid;
  }

  void markPaid(String note) {
    paid = true;
    notes.put("payment", note);
  }

  /** One item of an order. */
  public record Line(String item, long price) {}
}
