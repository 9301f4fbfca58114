package io.proxima.benchmarks.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.benchmarks.server.ClassDataArchives.Side;
import io.proxima.benchmarks.systems.SystemUnderTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the callers' JVM and its server learn the archives; the archives themselves are made in ColdStartFromArchivesIT. */
class ClassDataArchivesTest {
  private static final Path DIRECTORY = Path.of("/tmp/archives");

  @Test
  void training_writesEachSidesArchiveAtExit_andTellsTheServerToTrainToo() {
    ClassDataArchives training = new ClassDataArchives(DIRECTORY, true);

    List<String> callers = training.jvmFlags(SystemUnderTest.DIRMI, Side.CALLERS);

    assertTrue(callers.contains("-XX:ArchiveClassesAtExit=" + DIRECTORY.resolve("dirmi-callers.jsa")), callers.toString());
    assertEquals(training, ClassDataArchives.parse(propertyValue(callers)));
    assertTrue(training.jvmFlags(SystemUnderTest.DIRMI, Side.SERVER)
        .contains("-XX:ArchiveClassesAtExit=" + DIRECTORY.resolve("dirmi-server.jsa")));
  }

  @Test
  void starting_mapsTheArchive_orFailsTheJvm_andTheServerIsNotToldAgain() {
    ClassDataArchives starting = new ClassDataArchives(DIRECTORY, false);

    List<String> callers = starting.jvmFlags(SystemUnderTest.PROXIMA, Side.CALLERS);
    List<String> server = starting.jvmFlags(SystemUnderTest.PROXIMA, Side.SERVER);

    assertTrue(callers.containsAll(List.of("-XX:SharedArchiveFile=" + DIRECTORY.resolve("proxima-callers.jsa"),
        "-Xshare:on")), callers.toString());
    assertEquals(starting, ClassDataArchives.parse(propertyValue(callers)));
    assertTrue(server.contains("-XX:SharedArchiveFile=" + DIRECTORY.resolve("proxima-server.jsa")), server.toString());
    assertTrue(server.stream().noneMatch(flag -> flag.startsWith("-D" + ClassDataArchives.PROPERTY)), server.toString());
  }

  @Test
  void aPropertyWithoutItsPhase_isRejectedWithTheExpectedForm() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassDataArchives.parse("/tmp/x"));

    assertTrue(e.getMessage().contains("train:DIR or start:DIR"), e.getMessage());
  }

  @Test
  void aClassPathWithTheBuildsClassDirectories_isRefusedBeforeAnyJvmStarts() {
    // Under Maven the test class path starts with target/test-classes and target/classes.
    IllegalStateException e = assertThrows(IllegalStateException.class, ClassDataArchives::requireClassPathOfJars);

    assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
  }

  private static String propertyValue(List<String> flags) {
    String prefix = "-D" + ClassDataArchives.PROPERTY + "=";
    return flags.stream().filter(flag -> flag.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
  }
}
