package io.proxima.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodDescriptorTest {
  private static final MethodDescriptor FETCH = MethodDescriptor.sync(Runnable.class, "fetch(long)", 7, List.of());

  @Test
  void descriptorsOfTheSameMethodAreEqualAndHashAlike() {
    MethodDescriptor again = MethodDescriptor.sync(Runnable.class, "fetch(long)", 7, List.of());

    assertEquals(FETCH, again);
    assertEquals(FETCH.hashCode(), again.hashCode());
  }

  @Test
  void everyComponentTellsDescriptorsApart() {
    assertNotEquals(FETCH, MethodDescriptor.sync(AutoCloseable.class, "fetch(long)", 7, List.of()));
    assertNotEquals(FETCH, MethodDescriptor.sync(Runnable.class, "fetch(int)", 7, List.of()));
    assertNotEquals(FETCH, MethodDescriptor.sync(Runnable.class, "fetch(long)", 8, List.of()));
    assertNotEquals(FETCH, MethodDescriptor.sync(Runnable.class, "fetch(long)", 7, List.of(IOException.class)));
    assertNotEquals(FETCH, MethodDescriptor.async(Runnable.class, "fetch(long)", 7, List.of(), Void.class));
    assertNotEquals(MethodDescriptor.async(Runnable.class, "fetch(long)", 7, List.of(), String.class),
        MethodDescriptor.async(Runnable.class, "fetch(long)", 7, List.of(), Void.class));
    assertNotEquals(FETCH, FETCH.withTimeoutMillis(500));
    assertNotEquals(FETCH, FETCH.asIdempotent());
    assertNotEquals(FETCH, "Runnable.fetch(long)");
  }
}
