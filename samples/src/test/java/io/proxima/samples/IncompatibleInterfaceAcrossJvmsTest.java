package io.proxima.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.IncompatibleInterfaceException;
import io.proxima.RemoteRef;
import io.proxima.runtime.Node;
import io.proxima.samples.bank.Account;
import io.proxima.samples.bank.BankServer;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server compiled against a later version of {@link Account} (one method more) and a client
 * compiled against this one: the call is refused with a clear error, nothing is decoded.
 */
class IncompatibleInterfaceAcrossJvmsTest {
  @TempDir
  Path laterVersion;

  @Test
  void clientAndServerWithDifferentInterfaceVersions_getIncompatibleInterface() throws Exception {
    compileLaterAccount();
    String classPath = laterVersion + File.pathSeparator + System.getProperty("java.class.path");
    try (ChildJvm server = ChildJvm.start(classPath, BankServer.class.getName(), List.of(), line -> {},
            Duration.ofSeconds(30));
        Node client = Node.builder().start()) {
      RemoteRef ref = RemoteRef.parse(server.readyDetail());
      Account account = client.proxy(ref, Account.class);
      IncompatibleInterfaceException thrown = assertThrows(IncompatibleInterfaceException.class, account::balance);
      assertTrue(thrown.getMessage().contains(Account.class.getName()), thrown.getMessage());
      assertTrue(thrown.getMessage().contains("Account.balance()"), thrown.getMessage());
      assertTrue(thrown.getMessage().contains(String.format("%016x", ref.fingerprint())),
          "names the server's fingerprint: " + thrown.getMessage());
    }
  }

  private void compileLaterAccount() throws URISyntaxException {
    Path source = Path.of(getClass().getResource("/v2/io/proxima/samples/bank/Account.java").toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", laterVersion.toString(), "-cp", System.getProperty("java.class.path"),
        source.toString());
    assertEquals(0, status, "the later version compiles");
    assertTrue(Files.exists(laterVersion.resolve("io/proxima/samples/bank/Account_Descriptor.class")),
        "the processor generated the later version's descriptor");
  }
}
