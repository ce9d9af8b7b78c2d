package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.hf.snapshot.Db;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 3: a {@code peatmoss github mine} process killed with {@code kill -9} mid-run (while it fetches a
 * file of the third of six repositories) and run again ends with the same database as an uninterrupted run.
 */
class GithubMineKillTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  @Test
  void mine_killedMidRunAndRerun_endsLikeAnUninterruptedRun() throws Exception {
    Path refDb = PeatmossDataset.copySample(dir.resolve("ref.db"));
    Path db = PeatmossDataset.copySample(dir.resolve("killed.db"));
    GithubMiningWorld world = GithubMiningWorld.of(refDb, 6);
    server.setDispatcher(world.github);
    String endpoint = server.url("/").toString();

    // The reference: one uninterrupted run.
    ChildCli.runInProcess(args(endpoint, refDb));

    // A separate process, killed while it fetches a file of the third repository.
    world.github.holdPath = "reuser02/app-02/src/train.py";
    List<String> progress = ChildCli.killDuring(
        "[2/", world.github.holdArrived, world.github.holdRelease, args(endpoint, db));
    assertThat(progress)
        .anyMatch(l -> l.startsWith("[1/8] reuser00/app-00"))
        .anyMatch(l -> l.startsWith("[2/8] reuser01/app-01"))
        .noneMatch(l -> l.startsWith("[3/8]"));
    assertThat(Db.rows(db, "SELECT owner, name FROM reuse_repository WHERE owner LIKE 'reuser%'"))
        .as("killed mid-run: two of six repositories written")
        .hasSize(2);

    // Run again to the end: the same database as the uninterrupted run.
    ChildCli.runInProcess(args(endpoint, db));
    Map<String, List<List<Object>>> reference = Db.dump(refDb);
    assertThat(reference.get("reuse_file")).hasSizeGreaterThan(40 + 8);
    assertThat(Db.dump(db)).isEqualTo(reference);
  }

  private static String[] args(String endpoint, Path db) {
    return new String[] {
      "github",
      "mine",
      "--db",
      db.toString(),
      "--endpoint",
      endpoint,
      "--no-cache",
      "--signature",
      "transformers.from_pretrained",
      "--signature",
      "timm.create_model"
    };
  }
}
