package io.proxima.benchmarks.server;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Class-data archives (the JDK's application class-data sharing) for a cold start. A training
 * run dumps every class a JVM loaded into an archive as the JVM exits; a later JVM with the same
 * class path maps those classes, already parsed, verified and linked, instead of reading them
 * from jars. Every JVM maps the JDK's own classes from the JDK's default archive anyway; this
 * gives each system's classes the same treatment, in the callers' JVM and in the server's.
 *
 * <p>The callers' JVM learns the archives from the system property {@value #PROPERTY} and passes
 * them on to the server it starts (see {@link ServerProcess}).
 *
 * @param directory where the archives are, one per system and side
 * @param training whether JVMs write the archives (at exit) rather than start from them
 */
public record ClassDataArchives(Path directory, boolean training) {
  public static final String PROPERTY = "proxima.benchmarks.classDataArchives";
  private static final String TRAINING = "train";
  private static final String STARTING = "start";

  /** The JVM an archive is for. */
  public enum Side {
    CALLERS,
    SERVER
  }

  /** The archives this JVM was told about, if any. */
  public static Optional<ClassDataArchives> ofThisJvm() {
    return Optional.ofNullable(System.getProperty(PROPERTY)).map(ClassDataArchives::parse);
  }

  static ClassDataArchives parse(String property) {
    String[] phaseAndDirectory = property.split(":", 2);
    if (phaseAndDirectory.length != 2 || !List.of(TRAINING, STARTING).contains(phaseAndDirectory[0])) {
      throw new IllegalArgumentException(PROPERTY + " must be " + TRAINING + ":DIR or " + STARTING + ":DIR, not "
          + property);
    }
    return new ClassDataArchives(Path.of(phaseAndDirectory[1]), phaseAndDirectory[0].equals(TRAINING));
  }

  /**
   * The JDK maps archived classes only for a class path of jars, the same one the archive was
   * written with; a directory on it (as in a build's {@code target/classes}) would make a
   * started JVM fail. The comparison runs from {@code benchmarks.jar}, which passes.
   */
  public static void requireClassPathOfJars() {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (Files.isDirectory(Path.of(entry))) {
        throw new IllegalStateException("class-data archives need a class path of jars (run benchmarks.jar); "
            + entry + " is a directory");
      }
    }
  }

  /** The flags of a JVM on {@code side} for {@code system}, including the property for the server it starts. */
  public List<String> jvmFlags(SystemUnderTest system, Side side) {
    List<String> flags = new ArrayList<>();
    if (training) {
      flags.add("-XX:ArchiveClassesAtExit=" + archive(system, side));
    } else {
      flags.add("-XX:SharedArchiveFile=" + archive(system, side));
      // A JVM that cannot map its archive fails to start instead of quietly loading from jars.
      flags.add("-Xshare:on");
    }
    // Dumping warns, on stdout, about every class it leaves out (proxies, old bytecode).
    flags.add("-Xlog:cds=off,cds+dynamic=off");
    if (side == Side.CALLERS) {
      flags.add("-D" + PROPERTY + "=" + (training ? TRAINING : STARTING) + ":" + directory);
    }
    return flags;
  }

  public Path archive(SystemUnderTest system, Side side) {
    return directory.resolve((system.name() + "-" + side.name()).toLowerCase(Locale.ROOT) + ".jsa");
  }
}
