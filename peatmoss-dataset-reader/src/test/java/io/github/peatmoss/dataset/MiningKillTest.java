package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mining process killed inside a page's transaction, after the page's rows are written and before its
 * checkpoint, loses nothing and duplicates nothing: the rerun resumes at that page, fetches no committed page
 * again, and ends with the same database, table by table, as an uninterrupted run. The child is a real JVM
 * killed with {@code destroyForcibly}; the test waits on the lines it prints, never on the clock.
 */
class MiningKillTest {
  @TempDir
  Path tmp;

  @Test
  void miner_killedBetweenAPagesRowsAndItsCheckpoint_rerunEqualsUninterruptedRun()
      throws Exception {
    Path uninterrupted = tmp.resolve("uninterrupted.db");
    assertThat(runToEnd(uninterrupted))
        .containsExactly(
            "fetch first",
            "committed 0",
            "fetch page-1",
            "committed 1",
            "fetch page-2",
            "committed 2",
            "fetch page-3",
            "committed 3",
            "fetch page-4",
            "committed 4",
            "done 200 200 true");

    Path killed = tmp.resolve("killed.db");
    List<String> seen = ChildJvm.killAt(
        ChildJvm.start(CrashableMiner.class, List.of(killed.toString(), "2")),
        "written 2",
        () -> assertThat(Path.of(killed + "-journal"))
            .as("the kill lands inside an open transaction")
            .exists());
    assertThat(seen)
        .containsExactly(
            "fetch first",
            "committed 0",
            "fetch page-1",
            "committed 1",
            "fetch page-2",
            "written 2");

    // Page 2's rows went with its checkpoint: two pages and the checkpoint of page-2 remain.
    List<String> afterKill = TestDatabases.dump(killed);
    assertThat(afterKill.stream().filter(r -> r.startsWith("model:")))
        .hasSize(2 * CrashableMiner.MODELS_PER_PAGE);
    assertThat(afterKill.stream().filter(r -> r.startsWith("peatmoss_mining_checkpoint:")))
        .containsExactly("peatmoss_mining_checkpoint:" + CrashableMiner.SOURCE + "|page-2|80|0|");

    assertThat(runToEnd(killed))
        .containsExactly(
            "resumed page-2",
            "fetch page-2",
            "committed 2",
            "fetch page-3",
            "committed 3",
            "fetch page-4",
            "committed 4",
            "done 120 200 true");

    List<String> reference = TestDatabases.dump(uninterrupted);
    assertThat(reference.stream().filter(r -> r.startsWith("model:")))
        .hasSize(5 * CrashableMiner.MODELS_PER_PAGE);
    assertThat(TestDatabases.dump(killed)).isEqualTo(reference);
  }

  private static List<String> runToEnd(Path file) throws Exception {
    return ChildJvm.runToEnd(CrashableMiner.class, List.of(file.toString()));
  }
}
