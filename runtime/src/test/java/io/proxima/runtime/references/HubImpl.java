package io.proxima.runtime.references;

import io.proxima.runtime.Node;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** The server side of {@link Hub}. */
public final class HubImpl implements Hub {
  private final Map<String, CounterImpl> named = new ConcurrentHashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  /** Every counter made by {@link #newCounter()}, for tests to watch. */
  final List<CounterImpl> created = new CopyOnWriteArrayList<>();
  private final Supplier<Node> node;
  private volatile Counter kept;

  /** @param node the node this hub is exported by, for {@link #drop} */
  public HubImpl(Supplier<Node> node) {
    this.node = node;
  }

  @Override
  public Counter newCounter() {
    CounterImpl counter = new CounterImpl();
    created.add(counter);
    return counter;
  }

  @Override
  public Counter counterNamed(String name) {
    return named.computeIfAbsent(name, unused -> new CounterImpl());
  }

  @Override
  public int incrementAll(List<Counter> counters) {
    return counters.stream().mapToInt(Counter::increment).sum();
  }

  @Override
  public int incrementArray(Counter[] counters) {
    return incrementAll(List.of(counters));
  }

  @Override
  public int incrementValues(Map<String, Counter> counters) {
    return incrementAll(List.copyOf(counters.values()));
  }

  @Override
  public int incrementHeld(Holder holder) {
    return holder.counter().increment();
  }

  @Override
  public Counter echo(Counter counter) {
    return counter;
  }

  @Override
  public boolean isLocal(Counter counter) {
    return counter instanceof CounterImpl;
  }

  @Override
  public boolean same(Counter first, Counter second) {
    return first == second;
  }

  @Override
  public void keep(Counter counter) {
    kept = counter;
  }

  @Override
  public int incrementKept() {
    return kept.increment();
  }

  @Override
  public void forget() {
    kept = null;
  }

  @Override
  public void drop(String name) {
    node.get().unexport(named.remove(name));
  }

  @Override
  public void subscribe(Listener listener) {
    listeners.add(listener);
  }

  @Override
  public int publish(String event) {
    listeners.forEach(listener -> listener.event(event));
    return listeners.size();
  }
}
