package io.proxima.benchmarks.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MachineTest {

  @Test
  void processorModel_isTheFirstModelNameOfCpuinfo() {
    List<String> cpuinfo = List.of("processor\t: 0", "vendor_id\t: AuthenticAMD", "model name\t: AMD EPYC 9B45",
        "", "processor\t: 1", "model name\t: AMD EPYC 9B45");

    assertEquals(Optional.of("AMD EPYC 9B45"), Machine.processorModel(cpuinfo));
  }

  @Test
  void processorModel_ofCpuinfoWithoutOne_orOfNoFile_isEmpty() {
    assertEquals(Optional.empty(), Machine.processorModel(List.of("processor\t: 0", "model name\t:")));
    assertEquals(Optional.empty(), Machine.processorModel(Path.of("no", "such", "cpuinfo")));
  }

  @Test
  void description_namesCoresKernelAndArchitecture() {
    String described = Machine.describe();

    assertTrue(described.startsWith(Runtime.getRuntime().availableProcessors() + "-core machine ("), described);
    assertTrue(described.contains(System.getProperty("os.version")), described);
    assertTrue(described.contains(System.getProperty("os.arch")), described);
  }
}
