package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.snapshot.Db;
import io.github.peatmoss.hf.snapshot.FakeSnapshotHub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 4: a {@code peatmoss hf snapshot --files} process killed mid-way (while it waits for a file of the
 * third of four models) and run again ends with the same database and files as an uninterrupted run.
 */
class SnapshotKillTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  @Test
  void snapshot_killedMidwayAndRerun_endsLikeAnUninterruptedRun() throws Exception {
    FakeSnapshotHub hub = new FakeSnapshotHub();
    for (int i = 0; i < 4; i++) {
      hub.addTinyBert("acme/model-" + i, 1000 - i);
    }
    server.setDispatcher(hub);
    String endpoint = server.url("/").toString();

    // The reference: one uninterrupted run.
    Path refDb = dir.resolve("ref.db");
    Path refOut = dir.resolve("ref-files");
    ChildCli.runInProcess(args(endpoint, refDb, refOut));

    // A separate process, killed while it downloads the weights of the third model.
    Path db = dir.resolve("killed.db");
    Path out = dir.resolve("killed-files");
    hub.holdPath = "acme/model-2/model.safetensors";
    // Let models 0 and 1 through, then hold model 2's weights: kill at the progress line of model
    // 2.
    List<String> progress =
        ChildCli.killDuring("[2/4]", hub.holdArrived, hub.holdRelease, args(endpoint, db, out));
    assertThat(progress)
        .anyMatch(l -> l.startsWith("[1/4] acme/model-0 new"))
        .anyMatch(l -> l.startsWith("[2/4] acme/model-1 new"))
        .noneMatch(l -> l.startsWith("[3/4]"));
    assertThat(Db.rows(db, "SELECT context_id FROM model WHERE has_snapshot = 1 ORDER BY id"))
        .as("killed mid-way: two of four models done")
        .hasSize(2);
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("the killed download left its temporary file")
          .anyMatch(n -> n.endsWith(".part"));
    }

    // Run again to the end: the same database and the same files as the uninterrupted run.
    ChildCli.runInProcess(args(endpoint, db, out));

    Map<String, List<List<Object>>> reference = Db.dump(refDb);
    assertThat(reference.get("hf_commit")).hasSize(12);
    assertThat(reference.get("discussion_event")).hasSize(4 * 8);
    assertThat(Db.dump(db)).isEqualTo(reference);
    assertThat(Db.files(out)).isEqualTo(Db.files(refOut));
    assertThat(Db.files(out).keySet())
        .anyMatch(k -> k.startsWith("blobs/sha256/"))
        .hasSize(4 * 4 + 4);
  }

  private static String[] args(String endpoint, Path db, Path out) {
    return new String[] {
      "hf",
      "snapshot",
      "--db",
      db.toString(),
      "--endpoint",
      endpoint,
      "--files",
      "--out",
      out.toString()
    };
  }
}
