package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    List<String> seen = ChildJvm.killAt(
        ChildJvm.start(
            CrashableWriter.class, List.of(crashed.toString(), String.valueOf(BATCHES), "2")),
        "inside 2",
        // The kill lands inside an open write transaction: SQLite's rollback journal is on disk.
        () -> assertThat(Path.of(crashed + "-journal")).exists());
    assertThat(seen).containsExactly("committed 0", "committed 1", "inside 2");
    assertThat(Path.of(crashed + "-journal")).exists();

    try (PeatmossDataset partial = PeatmossDataset.open(crashed)) {
      assertThat(partial.tableCounts().get("model"))
          .isEqualTo(2L * CrashableWriter.MODELS_PER_BATCH);
    }
    assertThat(runToEnd(crashed)).contains("done");

    assertThat(TestDatabases.dump(crashed)).isEqualTo(TestDatabases.dump(uninterrupted));
    try (PeatmossDataset dataset = PeatmossDataset.open(crashed)) {
      assertThat(dataset.tableCounts())
          .containsEntry("model", (long) BATCHES * CrashableWriter.MODELS_PER_BATCH);
    }
  }

  private List<String> runToEnd(Path file) throws Exception {
    List<String> lines =
        ChildJvm.runToEnd(CrashableWriter.class, List.of(file.toString(), String.valueOf(BATCHES)));
    assertThat(Files.exists(file)).isTrue();
    return lines;
  }
}
