package io.proxima.benchmarks.systems;

import java.io.Closeable;

/** A benchmark service exported by this JVM; closing it stops serving. */
public interface Exported extends Closeable {

  /** What a client passes to {@link RemotingSystem#connect(String)} to reach the service. */
  String address();

  /**
   * Connects to the service from this same JVM by the fastest route the system offers to an
   * application, for scenario (g).
   */
  Connection connectFromSameJvm() throws Exception;
}
