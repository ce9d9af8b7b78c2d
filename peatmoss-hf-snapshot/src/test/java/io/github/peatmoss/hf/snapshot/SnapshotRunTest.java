package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run tells its listener, the selection options, full re-reads and files that went missing. */
class SnapshotRunTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeSnapshotHub hub = new FakeSnapshotHub();

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void setUp() {
    server.setDispatcher(hub);
    db = dir.resolve("snap.db");
  }

  private HfClient client() {
    return HfClient.builder().endpoint(server.url("/").uri()).build();
  }

  private SnapshotReport run(SnapshotOptions options, SnapshotListener listener) {
    return HfSnapshotter.of(client()).snapshot(db, options, listener);
  }

  private SnapshotOptions withFiles() {
    return SnapshotOptions.builder()
        .files(true)
        .outputDirectory(dir.resolve("out"))
        .build();
  }

  /** Records every call, one line each. */
  private static final class Recorder implements SnapshotListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void selected(int total) {
      heard.add("selected " + total);
    }

    @Override
    public void modelStarted(int index, int total, ModelId model) {
      heard.add("started " + index + "/" + total + " " + model.value());
    }

    @Override
    public void fileDone(ModelId model, SnapshotFile file, boolean downloaded) {
      heard.add("file " + file.path() + (downloaded ? " downloaded" : " present"));
    }

    @Override
    public void modelFinished(int index, int total, ModelSnapshot result) {
      heard.add("finished " + index + "/" + total + " " + result.model().value() + " "
          + result.outcome());
    }
  }

  @Test
  void listener_hearsTheSelectionEachModelAndEachFile_inOrder() throws Exception {
    FakeSnapshotHub.Repo first = hub.addTinyBert("acme/first", 900);
    hub.addTinyBert("acme/second", 800);
    run(withFiles(), SnapshotListener.NONE);
    String sha = first.files.get("onnx/model.onnx").sha256();
    Files.delete(dir.resolve("out/blobs/sha256/" + sha.substring(0, 2) + "/" + sha));
    Recorder recorder = new Recorder();

    SnapshotReport second = run(withFiles(), recorder);

    assertThat(recorder.heard)
        .containsExactly(
            "selected 2",
            "started 1/2 acme/first",
            "file README.md present",
            "file config.json present",
            "file model.safetensors present",
            "file onnx/model.onnx downloaded",
            "finished 1/2 acme/first UPDATED",
            "started 2/2 acme/second",
            "finished 2/2 acme/second UNCHANGED");
    assertThat(second.models().get(0))
        .as("only the missing file was fetched, and that is a change")
        .satisfies(m -> {
          assertThat(m.outcome()).isEqualTo(ModelSnapshot.Outcome.UPDATED);
          assertThat(m.filesDownloaded()).isEqualTo(1);
          assertThat(m.filesPresent()).isEqualTo(3);
          assertThat(m.commitsAdded()).isZero();
          assertThat(m.discussionsWritten()).isZero();
        });
  }

  @Test
  void maxModels_takesTheMostDownloaded_andStopsListing() {
    hub.addTinyBert("acme/a", 900);
    hub.addTinyBert("acme/b", 800);
    hub.addTinyBert("acme/c", 700);

    SnapshotReport report =
        run(SnapshotOptions.builder().maxModels(2).pageSize(1).build(), SnapshotListener.NONE);

    assertThat(report.models())
        .extracting(m -> m.model().value())
        .containsExactly("acme/a", "acme/b");
    assertThat(hub.log).filteredOn(p -> p.startsWith("/api/models?")).hasSize(2);
    assertThat(run(SnapshotOptions.builder().maxModels(3).build(), SnapshotListener.NONE)
            .models())
        .hasSize(3);
  }

  @Test
  void author_isAskedOfTheListing() {
    hub.addTinyBert("acme/a", 900);

    run(SnapshotOptions.builder().author("acme").build(), SnapshotListener.NONE);

    assertThat(hub.log)
        .filteredOn(p -> p.startsWith("/api/models?"))
        .singleElement()
        .satisfies(p -> assertThat(p).contains("author=acme"));
  }

  @Test
  void full_readsEveryModelAgain_writingAllItsHistory() {
    hub.addTinyBert("acme/a", 900);
    run(SnapshotOptions.peatmoss(), SnapshotListener.NONE);

    SnapshotReport again = run(SnapshotOptions.builder().full(true).build(), SnapshotListener.NONE);

    assertThat(again.models()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo(ModelSnapshot.Outcome.UPDATED);
      assertThat(m.commitsAdded()).isEqualTo(3);
      assertThat(m.discussionsWritten()).isEqualTo(3);
      assertThat(m.refs()).isEqualTo(3);
    });
    assertThat(Db.value(db, "SELECT count(*) FROM hf_commit")).isEqualTo(3);
  }

  @Test
  void toString_namesTheClient() {
    HfClient client = client();
    assertThat(HfSnapshotter.of(client).toString()).isEqualTo("HfSnapshotter[" + client + "]");
  }

  @Test
  void fileList_isKeptInPathOrder_whateverOrderTheHubListsIt() {
    hub.addTinyBert("acme/a", 900);
    hub.treeReversed = true;

    run(SnapshotOptions.peatmoss(), SnapshotListener.NONE);

    assertThat(Db.rows(db, "SELECT path FROM hf_snapshot_file ORDER BY id"))
        .containsExactly(
            List.of("README.md"),
            List.of("config.json"),
            List.of("model.safetensors"),
            List.of("onnx/model.onnx"));
  }

  @Test
  void aFileWithoutIds_isListedButNotDownloaded_norCountedAsRefused() {
    hub.addTinyBert("acme/a", 900);
    hub.withoutIds.add("config.json");

    SnapshotReport report = run(withFiles(), SnapshotListener.NONE);

    assertThat(report.models()).singleElement().satisfies(m -> {
      assertThat(m.files()).isEqualTo(4);
      assertThat(m.filesDownloaded()).isEqualTo(3);
      assertThat(m.filesPresent()).isZero();
    });
    assertThat(hub.log).noneMatch(p -> p.endsWith("/resolve/" + "config.json"));
    assertThat(hub.log).noneMatch(p -> p.contains("/resolve/") && p.endsWith("/config.json"));

    hub.addTinyBert("acme/gated", 1000);
    hub.gated.add("acme/gated");
    SnapshotReport gated = run(withFiles(), SnapshotListener.NONE);
    assertThat(gated.models().get(0).model().value()).isEqualTo("acme/gated");
    assertThat(gated.models().get(0).filesRefused())
        .as("config.json has no id, so it is not waiting to be downloaded")
        .isEqualTo(3);
  }
}
