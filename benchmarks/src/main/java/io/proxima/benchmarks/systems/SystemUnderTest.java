package io.proxima.benchmarks.systems;

import io.proxima.benchmarks.systems.dirmi.Dirmi;
import io.proxima.benchmarks.systems.proxima.Proxima;
import io.proxima.benchmarks.systems.rmi.JavaRmi;

/** The systems compared; the constant names are the values of the benchmarks' {@code system} parameter. */
public enum SystemUnderTest {
  PROXIMA("Proxima", new Proxima()),
  JAVA_RMI("Java RMI", new JavaRmi()),
  DIRMI("Dirmi", new Dirmi());

  private final String displayName;
  private final RemotingSystem remoting;

  SystemUnderTest(String displayName, RemotingSystem remoting) {
    this.displayName = displayName;
    this.remoting = remoting;
  }

  public String displayName() {
    return displayName;
  }

  public RemotingSystem remoting() {
    return remoting;
  }
}
