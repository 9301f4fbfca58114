package io.proxima.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A Java program started in a JVM of its own, with this JVM's class path, that announces it is
 * ready by printing a line {@code READY <detail>}. Closing it ends the process (forcibly if it
 * does not exit within a few seconds), so a try-with-resources block reaps it on every path.
 */
public final class ChildJvm implements AutoCloseable {
  /** The prefix of the line a child prints when it is ready. */
  public static final String READY = "READY ";

  private static final int LINES_KEPT = 20;

  private final Process process;
  private final CompletableFuture<String> ready = new CompletableFuture<>();
  /** The child's latest lines, to explain a start that failed. */
  private final Deque<String> lastLines = new ArrayDeque<>();

  private ChildJvm(Process process, Consumer<String> output) {
    this.process = process;
    Thread pump = new Thread(() -> pump(output), "child-jvm-output-" + process.pid());
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts {@code mainClass} in a new JVM and waits until it prints its ready line.
   *
   * @param output receives every other line the child prints
   */
  public static ChildJvm start(Class<?> mainClass, List<String> arguments, Consumer<String> output, Duration timeout)
      throws IOException, InterruptedException {
    return start(System.getProperty("java.class.path"), mainClass.getName(), arguments, output, timeout);
  }

  /** Starts {@code mainClass} with an explicit class path, for tests that run another version of a class. */
  public static ChildJvm start(String classPath, String mainClass, List<String> arguments, Consumer<String> output,
      Duration timeout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(arguments);
    ChildJvm child = new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start(), output);
    try {
      child.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return child;
    } catch (ExecutionException | TimeoutException e) {
      child.close();
      throw new IOException(mainClass + " did not print its ready line within " + timeout + "; its last lines:\n"
          + child.lastLines(), e);
    } catch (InterruptedException e) {
      child.close();
      throw e;
    }
  }

  /** What the child printed after {@code READY }. */
  public String readyDetail() {
    return ready.join();
  }

  public long pid() {
    return process.pid();
  }

  /** Kills the child at once, as a crash would (SIGKILL). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private synchronized void remember(String line) {
    if (lastLines.size() == LINES_KEPT) {
      lastLines.removeFirst();
    }
    lastLines.addLast(line);
  }

  private synchronized String lastLines() {
    return String.join("\n", lastLines);
  }

  private void pump(Consumer<String> output) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!ready.isDone() && line.startsWith(READY)) {
          ready.complete(line.substring(READY.length()));
        } else {
          remember(line);
          output.accept(line);
        }
      }
    } catch (IOException e) {
      // The child's output closed with the child; nothing more to forward.
    } finally {
      ready.completeExceptionally(new IOException("the child exited before it was ready"));
    }
  }
}
