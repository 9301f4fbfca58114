package io.proxima.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A Java program run in a JVM of its own, with this JVM's class path, that says it is ready by
 * printing a line {@code READY <detail>}. Closing it ends the process (forcibly if it does not
 * exit within a few seconds), so a try-with-resources block reaps it on every path. Child mains
 * also call {@link #exitWithParent()}, so that a test JVM that dies leaves no child behind.
 */
final class ChildJvm implements AutoCloseable {
  static final String READY = "READY ";

  private final String name;
  private final Process process;
  private final CompletableFuture<String> ready = new CompletableFuture<>();
  private final List<String> lines = new ArrayList<>();

  private ChildJvm(String name, Process process, Consumer<String> output) {
    this.name = name;
    this.process = process;
    Thread pump = new Thread(() -> pump(output), "child-output-" + process.pid());
    pump.setDaemon(true);
    pump.start();
  }

  /** Starts {@code mainClass}; {@link #awaitReady} waits for its ready line. */
  static ChildJvm launch(Class<?> mainClass, List<String> arguments, Consumer<String> output) throws IOException {
    List<String> command = new ArrayList<>(javaCommand());
    command.add(mainClass.getName());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new ChildJvm(mainClass.getSimpleName(), process, output);
  }

  /** Starts {@code mainClass} and waits for its ready line. */
  static ChildJvm start(Class<?> mainClass, List<String> arguments, Duration timeout)
      throws IOException, InterruptedException {
    ChildJvm child = launch(mainClass, arguments, line -> System.out.println("[" + mainClass.getSimpleName() + "] " + line));
    try {
      child.awaitReady(timeout);
      return child;
    } catch (IOException | InterruptedException | RuntimeException e) {
      child.close();
      throw e;
    }
  }

  /** The {@code java} command with this JVM's class path, tuned for a quick start. */
  static List<String> javaCommand() {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"));
  }

  /**
   * Ends this JVM when its parent does: the parent never writes to the child's standard input, so
   * reading it ends only when the parent's end of the pipe closes. {@code Process.destroy()} closes
   * that pipe too, right after its SIGTERM; the pause lets the JVM end by the signal, with its own
   * exit code, first.
   */
  static void exitWithParent() {
    Thread watch = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // nothing is ever sent
        }
      } catch (IOException e) {
        // the pipe broke: the parent is gone as well
      }
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.exit(3);
    }, "parent-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /** Waits for the ready line and returns what followed {@code READY }. */
  String awaitReady(Duration timeout) throws IOException, InterruptedException {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(name + " did not print its ready line within " + timeout + "; its output:\n" + output(), e);
    }
  }

  /** Kills the child at once, as a crash would (SIGKILL), and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " did not die within 20 s of SIGKILL");
    }
  }

  /** Asks the child to stop (SIGTERM) and returns its exit code; null if it did not stop within {@code timeout}. */
  Integer terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Every line the child printed so far, its ready line excepted. */
  synchronized String output() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void remember(String line) {
    lines.add(line);
  }

  private void pump(Consumer<String> output) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!ready.isDone() && line.startsWith(READY)) {
          ready.complete(line.substring(READY.length()));
        } else {
          remember(line);
          output.accept(line);
        }
      }
    } catch (IOException e) {
      // the child's output closed with the child
    } finally {
      ready.completeExceptionally(new IOException(name + " exited before it was ready"));
    }
  }
}
