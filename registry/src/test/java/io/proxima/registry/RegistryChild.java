package io.proxima.registry;

/** The standalone registry ({@link RegistryServer#main}) as a test's child JVM. */
final class RegistryChild {
  private RegistryChild() {}

  public static void main(String[] args) throws InterruptedException {
    ChildJvm.exitWithParent();
    RegistryServer.main(args);
  }
}
