package io.proxima.processor;

import static io.proxima.processor.Compilations.source;

import javax.tools.JavaFileObject;

/** A remote interface that passes another by reference in every position a value may take. */
final class ReferenceFixtures {
  private ReferenceFixtures() {}

  static final JavaFileObject LISTENER = source("com.acme.Listener", """
      package com.acme;

      import io.proxima.Remote;

      @Remote
      public interface Listener {
        void changed(String what);
      }
      """);

  /** A value type that holds a reference. */
  static final JavaFileObject EVENT = source("com.acme.Event", """
      package com.acme;

      public record Event(String what, Listener source) {}
      """);

  static final JavaFileObject HUB = source("com.acme.Hub", """
      package com.acme;

      import io.proxima.Remote;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;

      @Remote
      public interface Hub {
        void subscribe(Listener listener);

        Listener first();

        List<Listener> all();

        Listener[] asArray(Listener[] extra);

        CompletableFuture<Listener> firstAsync();

        Event publish(Event event);
      }
      """);

  static final JavaFileObject HUB_IMPL = source("com.acme.HubImpl", """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.stream.Stream;

      public final class HubImpl implements Hub {
        private final List<Listener> listeners = new ArrayList<>();

        @Override public void subscribe(Listener listener) { listeners.add(listener); }
        @Override public Listener first() { return listeners.get(0); }
        @Override public List<Listener> all() { return List.copyOf(listeners); }

        @Override
        public Listener[] asArray(Listener[] extra) {
          return Stream.concat(listeners.stream(), Stream.of(extra)).toArray(Listener[]::new);
        }

        @Override public CompletableFuture<Listener> firstAsync() { return CompletableFuture.completedFuture(first()); }

        @Override
        public Event publish(Event event) {
          listeners.forEach(listener -> listener.changed(event.what()));
          return new Event(event.what() + " published", first());
        }
      }
      """);

  /** A local implementation of {@code Listener}, which a caller passes by reference. */
  static final JavaFileObject RECORDING_LISTENER = source("com.acme.RecordingListener", """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;

      public final class RecordingListener implements Listener {
        public final List<String> seen = new ArrayList<>();

        @Override public void changed(String what) { seen.add(what); }
      }
      """);

  static JavaFileObject[] hub() {
    return new JavaFileObject[] {LISTENER, EVENT, HUB, HUB_IMPL, RECORDING_LISTENER};
  }
}
