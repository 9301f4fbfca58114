package io.proxima.benchmarks.server;

import io.proxima.benchmarks.systems.SystemUnderTest;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A benchmark server running {@link ServerMain} in a child JVM: the same {@code java} binary and
 * class path as this JVM, the {@link JvmFlags#BENCHMARK} flags, and the server's side of the
 * {@link ClassDataArchives} this JVM was given, if any. {@link #close()} stops it
 * and, should it not exit in time, kills it; either way the child is reaped.
 */
public final class ServerProcess implements Closeable {
  private static final long START_TIMEOUT_SECONDS = 30;
  private static final long STOP_TIMEOUT_SECONDS = 10;

  private final SystemUnderTest system;
  private final Process process;
  private final String address;

  private ServerProcess(SystemUnderTest system, Process process, String address) {
    this.system = system;
    this.process = process;
    this.address = address;
  }

  /** Starts a server for {@code system} and waits until it has printed its address. */
  public static ServerProcess start(SystemUnderTest system) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command(system))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      return new ServerProcess(system, process, awaitAddress(system, process));
    } catch (IOException | InterruptedException | RuntimeException e) {
      kill(process);
      throw e;
    }
  }

  /** The address the server printed, for {@link io.proxima.benchmarks.systems.RemotingSystem#connect}. */
  public String address() {
    return address;
  }

  public SystemUnderTest system() {
    return system;
  }

  /** Asks the server to stop and waits for it; kills it if it does not exit in time or if interrupted. */
  @Override
  public void close() {
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write((ServerMain.STOP + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException alreadyGone) {
      // The child closed its end first; waiting below reaps it all the same.
    }
    try {
      if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        kill(process);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> command(SystemUnderTest system) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JvmFlags.BENCHMARK);
    ClassDataArchives.ofThisJvm()
        .ifPresent(archives -> command.addAll(archives.jvmFlags(system, ClassDataArchives.Side.SERVER)));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerMain.class.getName());
    command.add(system.name());
    return command;
  }

  private static String awaitAddress(SystemUnderTest system, Process process)
      throws IOException, InterruptedException {
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> readOutput(process, address), system.name() + "-server-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      return address.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IOException(system.displayName() + " server printed no address within "
          + START_TIMEOUT_SECONDS + " s", e);
    } catch (ExecutionException e) {
      throw new IOException(system.displayName() + " server failed to start: " + e.getCause().getMessage(), e);
    }
  }

  /**
   * Completes {@code address} from the child's first address line, then keeps draining its stdout
   * (to this JVM's stderr) so that the child can never block on a full pipe.
   */
  private static void readOutput(Process process, CompletableFuture<String> address) {
    try (BufferedReader stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
        if (!address.isDone() && line.startsWith(ServerMain.ADDRESS_PREFIX)) {
          address.complete(line.substring(ServerMain.ADDRESS_PREFIX.length()));
        } else {
          System.err.println(line);
        }
      }
    } catch (IOException e) {
      address.completeExceptionally(e);
    }
    address.completeExceptionally(
        new IllegalStateException("it exited before printing its address (see its stderr above)"));
  }

  private static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
