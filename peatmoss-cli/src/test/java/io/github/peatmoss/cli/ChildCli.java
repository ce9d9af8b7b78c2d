package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The command line that runs the CLI in a child JVM on the test class path (for kill and broken-pipe tests). */
final class ChildCli {
  private ChildCli() {}

  /** {@code java [jvmOptions] -cp <test class path> Main}; append the CLI's arguments. */
  static List<String> command(String... jvmOptions) {
    return command(Main.class, jvmOptions);
  }

  /** {@code java [jvmOptions] -cp <test class path> MAIN}; append its arguments. */
  static List<String> command(Class<?> main, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(jvmOptions));
    command.add("-cp");
    // Surefire's booter jar names the test class path in its manifest; it also works as -cp.
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(main.getName());
    return command;
  }

  /**
   * Runs the CLI with {@code cliArguments} in a child JVM and kills it with SIGKILL (no shutdown hooks, no
   * finally blocks) once its stderr shows a progress line starting with {@code killAfter} and the fake server
   * holds the request {@code arrived} counts; {@code release} then lets the server's thread go. Returns the
   * stderr lines read.
   */
  static List<String> killDuring(
      String killAfter, CountDownLatch arrived, CountDownLatch release, String... cliArguments)
      throws IOException, InterruptedException {
    Process process = process(List.of(), cliArguments)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> progress = new ArrayList<>();
    try (BufferedReader stderr = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = stderr.readLine()) != null) {
        progress.add(line);
        if (line.startsWith(killAfter)) {
          break;
        }
      }
      assertThat(line).as("progress: %s", progress).isNotNull();
      assertThat(arrived.await(60, TimeUnit.SECONDS)).isTrue();
      process.destroyForcibly();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      process.destroyForcibly();
    }
    return progress;
  }

  /** Runs the CLI in this JVM, asserting it exits 0 (its stderr is the failure's description). */
  static void runInProcess(String... cliArguments) {
    StringWriter err = new StringWriter();
    int code = Main.run(cliArguments, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
  }

  /** {@link #command} followed by the CLI's arguments. */
  static ProcessBuilder process(List<String> jvmOptions, String... cliArguments) {
    List<String> command = command(jvmOptions.toArray(String[]::new));
    command.addAll(Arrays.asList(cliArguments));
    return new ProcessBuilder(command);
  }
}
