package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A separate JVM running a test program ({@link CrashableWriter}, {@link CrashableMiner}) on this test class path,
 * for the kill tests: they wait on the lines it prints, never on the clock.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** Starts {@code main} with {@code args}; its stderr goes to the test's. */
  static Process start(Class<?> main, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp",
        System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  /** Runs {@code main} to its end (stdin closed) and returns what it printed; it must exit 0. */
  static List<String> runToEnd(Class<?> main, List<String> args)
      throws IOException, InterruptedException {
    Process process = start(main, args);
    process.getOutputStream().close();
    List<String> lines;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines = reader.lines().collect(Collectors.toList());
    }
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("%s output %s", main.getSimpleName(), lines)
        .isZero();
    return lines;
  }

  /**
   * Reads the lines {@code process} prints up to {@code last}, kills it there ({@code destroyForcibly}) and returns
   * the lines read; {@code atStop} runs while the process is stopped at {@code last}, before the kill.
   */
  static List<String> killAt(Process process, String last, Runnable atStop)
      throws IOException, InterruptedException {
    List<String> seen = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        seen.add(line);
        if (line.equals(last)) {
          break;
        }
      }
      atStop.run();
      process.destroyForcibly();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).isNotZero();
    return seen;
  }
}
