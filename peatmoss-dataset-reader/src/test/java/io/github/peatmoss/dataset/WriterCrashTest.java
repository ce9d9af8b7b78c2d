package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed in the middle of a batch and rerun ends with the same database as an uninterrupted
 * run: nothing lost, nothing duplicated, the same row ids. The child is a real separate JVM; the test waits on
 * the lines it prints, never on the clock.
 */
class WriterCrashTest {
  private static final int BATCHES = 4;

  @TempDir
  Path tmp;

  @Test
  void writer_killedMidBatchAndRerun_equalsUninterruptedRun() throws Exception {
    Path uninterrupted = tmp.resolve("uninterrupted.db");
    assertThat(runToEnd(uninterrupted)).contains("done");

    Path crashed = tmp.resolve("crashed.db");
    Process child = start(crashed, String.valueOf(BATCHES), "2");
    List<String> seen = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        seen.add(line);
        if (line.equals("inside 2")) {
          break;
        }
      }
      assertThat(seen).containsExactly("committed 0", "committed 1", "inside 2");
      // The kill lands inside an open write transaction: SQLite's rollback journal is on disk.
      assertThat(Path.of(crashed + "-journal")).exists();
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isNotZero();
    assertThat(Path.of(crashed + "-journal")).exists();

    try (PeatmossDataset partial = PeatmossDataset.open(crashed)) {
      assertThat(partial.tableCounts().get("model")).isEqualTo(2L * CrashableWriter.MODELS_PER_BATCH);
    }
    assertThat(runToEnd(crashed)).contains("done");

    assertThat(TestDatabases.dump(crashed)).isEqualTo(TestDatabases.dump(uninterrupted));
    try (PeatmossDataset dataset = PeatmossDataset.open(crashed)) {
      assertThat(dataset.tableCounts()).containsEntry("model", (long) BATCHES * CrashableWriter.MODELS_PER_BATCH);
    }
  }

  private Process start(Path file, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashableWriter.class.getName(), file.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private List<String> runToEnd(Path file) throws Exception {
    Process process = start(file, String.valueOf(BATCHES));
    process.getOutputStream().close();
    List<String> lines;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      lines = reader.lines().collect(java.util.stream.Collectors.toList());
    }
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("writer output %s", lines).isZero();
    assertThat(Files.exists(file)).isTrue();
    return lines;
  }
}
