package io.proxima.benchmarks.systems;

import io.proxima.benchmarks.systems.dirmi.Dirmi;
import io.proxima.benchmarks.systems.rmi.JavaRmi;

/** The systems compared; the constant names are the values of the benchmarks' {@code system} parameter. */
public enum SystemUnderTest {
  PROXIMA("Proxima", new RemotingSystem() {
    public Exported export() { throw new UnsupportedOperationException("Proxima runtime not wired yet"); }
    public Connection connect(String address) { throw new UnsupportedOperationException("Proxima runtime not wired yet"); }
  }),
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
