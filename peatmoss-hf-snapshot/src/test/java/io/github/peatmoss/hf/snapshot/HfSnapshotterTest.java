package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.hf.HfClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfSnapshotterTest {
  private static final String MODEL = "acme/tiny-bert";

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

  private HfSnapshotter snapshotter() {
    return HfSnapshotter.of(HfClient.builder().endpoint(server.url("/").uri()).build());
  }

  private SnapshotReport run(SnapshotOptions options) {
    return snapshotter().snapshot(db, options, SnapshotListener.NONE);
  }

  private SnapshotOptions withFiles() {
    return SnapshotOptions.builder()
        .files(true)
        .outputDirectory(dir.resolve("out"))
        .build();
  }

  @Test
  void snapshot_firstRun_writesCommitsRefsDiscussionsAndFilesAsPeatmossStoresThem() {
    hub.addTinyBert(MODEL, 1200);

    SnapshotReport report = run(SnapshotOptions.peatmoss());

    assertThat(report.models()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo(ModelSnapshot.Outcome.NEW);
      assertThat(m.commitsAdded()).isEqualTo(3);
      assertThat(m.refs()).isEqualTo(3);
      assertThat(m.discussionsWritten()).isEqualTo(3);
      assertThat(m.files()).isEqualTo(4);
    });
    Object modelRow = Db.value(db, "SELECT id FROM model WHERE context_id = '" + MODEL + "'");
    assertThat(Db.rows(
            db,
            "SELECT sha, has_snapshot, downloads, likes, repo_url FROM model WHERE id = "
                + modelRow))
        .containsExactly(List.of(
            "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4",
            1,
            1200,
            120,
            server.url("/").toString() + MODEL));

    // hf_commit: commit_id, created_at, title, message, model_id, oldest first (three pages of two
    // were read).
    assertThat(Db.rows(
            db,
            "SELECT commit_id, created_at, title, message, model_id FROM hf_commit ORDER BY id"))
        .containsExactly(
            List.of(
                "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
                "2024-01-01T00:00:00Z",
                "initial commit",
                "Body of: initial commit\n",
                modelRow),
            List.of(
                "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493",
                "2024-02-20T08:00:00Z",
                "Update README.md",
                "Body of: Update README.md\n",
                modelRow),
            List.of(
                "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4",
                "2024-03-05T10:15:30Z",
                "Merge pull request #4: add safetensors weights",
                "Body of: Merge pull request #4: add safetensors weights\n",
                modelRow));
    assertThat(
            Db.rows(
                db,
                "SELECT c.commit_id, a.name FROM hf_commit_to_author j JOIN hf_commit c"
                    + " ON c.id = j.hf_commit_id JOIN author a ON a.id = j.author_id ORDER BY c.id, a.name"))
        .containsExactly(
            List.of("77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493", "ada-lovelace"),
            List.of("77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493", "grace-h"),
            List.of("9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4", "ada-lovelace"));

    // hf_git_ref: one group per model; branches and tags through their junctions.
    assertThat(Db.rows(db, "SELECT model_id FROM hf_git_ref")).containsExactly(List.of(modelRow));
    assertThat(Db.rows(
            db,
            "SELECT i.name, i.ref, i.target_commit FROM hf_git_ref_to_branch j"
                + " JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id ORDER BY i.id"))
        .containsExactly(
            List.of("main", "refs/heads/main", "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4"),
            List.of("onnx", "refs/heads/onnx", "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493"));
    assertThat(Db.rows(
            db,
            "SELECT i.name, i.ref, i.target_commit FROM hf_git_ref_to_tag j"
                + " JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id"))
        .containsExactly(
            List.of("v1.0", "refs/tags/v1.0", "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d"));

    // discussion: both listing pages (#4, #3 on page 0; #1 on page 1), every column.
    assertThat(Db.rows(
            db,
            "SELECT num, title, status, repo_id, repo_type, is_pull_request, created_at, endpoint,"
                + " target_branch, merge_commit_oid, diff, model_id FROM discussion ORDER BY num"))
        .containsExactly(
            java.util.Arrays.asList(
                1,
                "Which dataset was this trained on?",
                "closed",
                MODEL,
                "model",
                0,
                "2023-12-24T18:45:00Z",
                server.url("/").toString().replaceAll("/$", ""),
                null,
                null,
                null,
                modelRow),
            java.util.Arrays.asList(
                3,
                "Fix tokenizer config",
                "open",
                MODEL,
                "model",
                1,
                "2024-02-28T09:30:00Z",
                server.url("/").toString().replaceAll("/$", ""),
                "refs/heads/main",
                null,
                "",
                modelRow),
            java.util.Arrays.asList(
                4,
                "Adding `safetensors` variant of this model",
                "merged",
                MODEL,
                "model",
                1,
                "2024-03-01T12:00:00Z",
                server.url("/").toString().replaceAll("/$", ""),
                "refs/heads/main",
                "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4",
                "diff --git a/model.safetensors b/model.safetensors\nnew file mode 100644\n",
                modelRow));
    assertThat(Db.rows(
            db,
            "SELECT d.num, a.name FROM discussion_to_author j JOIN discussion d"
                + " ON d.id = j.discussion_id JOIN author a ON a.id = j.author_id ORDER BY d.num"))
        .as("the deleted author of #1 is stored as 'deleted'")
        .containsExactly(List.of(1, "deleted"), List.of(3, "grace-h"), List.of(4, "convert-bot"));
    // file_path: the conflicting files of the pull request.
    assertThat(Db.rows(
            db,
            "SELECT f.path, d.num FROM file_path f JOIN discussion d ON d.id = f.discussion_id"
                + " ORDER BY f.id"))
        .containsExactly(List.of("model.safetensors", 4), List.of("config.json", 4));
    // discussion_event: every event, every column.
    assertThat(Db.rows(
            db,
            "SELECT e.event_id, e.type, e.created_at, e.author, e.content, e.edited, e.hidden,"
                + " e.new_status, e.summary, e.oid, e.old_title, e.new_title FROM discussion_event e"
                + " JOIN discussion d ON d.id = e.discussion_id WHERE d.num = 4 ORDER BY e.id"))
        .containsExactly(
            java.util.Arrays.asList(
                "65e1c2000000000000000001",
                "comment",
                "2024-03-01T12:00:00Z",
                "convert-bot",
                "Adds safetensors weights.",
                0,
                0,
                null,
                null,
                null,
                null,
                null),
            java.util.Arrays.asList(
                "65e1c2000000000000000002",
                "commit",
                "2024-03-01T12:00:05Z",
                "convert-bot",
                null,
                0,
                0,
                null,
                "Adding `safetensors` variant of this model",
                "3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5",
                null,
                null),
            java.util.Arrays.asList(
                "65e1c2000000000000000004",
                "title-change",
                "2024-03-04T16:20:00Z",
                "ada-lovelace",
                null,
                0,
                0,
                null,
                null,
                null,
                "Adding safetensors",
                "Adding `safetensors` variant of this model"),
            java.util.Arrays.asList(
                "65e1c2000000000000000005",
                "status-change",
                "2024-03-05T10:15:30Z",
                "ada-lovelace",
                null,
                0,
                0,
                "merged",
                null,
                null,
                null,
                null));
    assertThat(
            Db.rows(
                db,
                "SELECT e.author, e.content FROM discussion_event e JOIN discussion d"
                    + " ON d.id = e.discussion_id WHERE d.num = 1 AND e.type = 'comment' ORDER BY e.id"))
        .containsExactly(
            List.of("deleted", "The card does not say."),
            List.of("grace-h", "BookCorpus and Wikipedia."));

    // The file list, pinned to the commit sha.
    assertThat(
            Db.rows(
                db,
                "SELECT commit_sha, path, size, lfs_sha256 IS NOT NULL FROM hf_snapshot_file ORDER BY id"))
        .extracting(r -> r.get(1) + "@" + r.get(0).toString().substring(0, 7) + ":" + r.get(3))
        .containsExactly(
            "README.md@9c4f1e2:0",
            "config.json@9c4f1e2:0",
            "model.safetensors@9c4f1e2:1",
            "onnx/model.onnx@9c4f1e2:1");
  }

  @Test
  void snapshot_selection_takesOnlyModelsAboveTheThresholdAndStopsListing() {
    hub.addTinyBert("acme/popular", 51);
    hub.addTinyBert("acme/exactly-fifty", 50);
    hub.addTinyBert("acme/rare", 3);

    SnapshotReport report = run(SnapshotOptions.builder().pageSize(1).build());

    assertThat(report.models()).extracting(m -> m.model().value()).containsExactly("acme/popular");
    assertThat(hub.log.stream().filter(p -> p.startsWith("/api/models?")).count())
        .as("listing stops at the first page below the threshold")
        .isEqualTo(2);
    assertThat(run(SnapshotOptions.builder().minDownloads(2).build()).models()).hasSize(3);
  }

  @Test
  void snapshot_unchangedSecondRun_costsOneRequestPerModelAndWritesNothing() {
    for (int i = 0; i < 5; i++) {
      hub.addTinyBert("acme/model-" + i, 1000 - i);
    }
    run(SnapshotOptions.peatmoss());
    Map<String, List<List<Object>>> before = Db.dump(db);
    int firstRun = hub.requestCount();

    SnapshotReport second = run(SnapshotOptions.peatmoss());

    int secondRun = hub.requestCount() - firstRun;
    assertThat(second.count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(5);
    assertThat(secondRun).as("one listing page plus one request per model").isEqualTo(1 + 5);
    assertThat(Db.dump(db)).isEqualTo(before);
  }

  @Test
  void snapshot_changedModel_addsOnlyNewCommitsAndEvents() {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    run(SnapshotOptions.peatmoss());
    List<List<Object>> commitsBefore =
        Db.rows(db, "SELECT id, commit_id FROM hf_commit ORDER BY id");
    List<List<Object>> eventsBefore =
        Db.rows(db, "SELECT id, event_id FROM discussion_event ORDER BY id");
    int firstRun = hub.requestCount();

    repo.commit(
        "aa11bb22cc33dd44ee55ff6600112233445566aa",
        "2024-04-01T00:00:00.000Z",
        "Add ONNX export",
        "grace-h");
    repo.discussions.stream()
        .filter(d -> d.num == 3)
        .findFirst()
        .orElseThrow()
        .comment(
            "6600000000000000000000ff", "ada-lovelace", "2024-04-02T00:00:00.000Z", "Looks good.");
    SnapshotReport second = run(SnapshotOptions.peatmoss());

    assertThat(second.models()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo(ModelSnapshot.Outcome.UPDATED);
      assertThat(m.commitsAdded()).isEqualTo(1);
      assertThat(m.discussionsWritten()).isEqualTo(1);
      assertThat(m.commitSha()).hasValue("aa11bb22cc33dd44ee55ff6600112233445566aa");
    });
    List<List<Object>> commitsAfter =
        Db.rows(db, "SELECT id, commit_id FROM hf_commit ORDER BY id");
    assertThat(commitsAfter.subList(0, commitsBefore.size())).isEqualTo(commitsBefore);
    assertThat(commitsAfter).hasSize(commitsBefore.size() + 1);
    List<List<Object>> eventsAfter =
        Db.rows(db, "SELECT id, event_id FROM discussion_event ORDER BY id");
    assertThat(eventsAfter.subList(0, eventsBefore.size()))
        .as("existing event rows untouched")
        .isEqualTo(eventsBefore);
    assertThat(eventsAfter).hasSize(eventsBefore.size() + 1);
    assertThat(eventsAfter.get(eventsAfter.size() - 1).get(1))
        .isEqualTo("6600000000000000000000ff");
    assertThat(hub.log.subList(firstRun, hub.log.size()))
        .as(
            "commit history read only down to the first known commit; only the changed discussion read")
        .filteredOn(p -> p.contains("/commits/") || p.matches(".*/discussions/\\d+.*"))
        .hasSize(2);
    assertThat(Db.value(db, "SELECT count(*) FROM hf_snapshot_file"))
        .as("file list per pinned sha")
        .isEqualTo(8);
  }

  @Test
  void snapshot_withFiles_downloadsVerifiedContentAddressedBlobsAndManifest() throws Exception {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    List<String> done = new ArrayList<>();

    SnapshotReport report = snapshotter().snapshot(db, withFiles(), new SnapshotListener() {
      @Override
      public void fileDone(ModelId model, SnapshotFile file, boolean downloaded) {
        done.add(file.path() + ":" + downloaded);
      }
    });

    assertThat(report.filesDownloaded()).isEqualTo(4);
    assertThat(done)
        .containsExactly(
            "README.md:true", "config.json:true", "model.safetensors:true", "onnx/model.onnx:true");
    FakeSnapshotHub.FakeFile weights = repo.files.get("model.safetensors");
    Path blob = dir.resolve(
        "out/blobs/sha256/" + weights.sha256().substring(0, 2) + "/" + weights.sha256());
    assertThat(blob).hasBinaryContent(weights.content);
    FakeSnapshotHub.FakeFile config = repo.files.get("config.json");
    assertThat(dir.resolve(
            "out/blobs/git-sha1/" + config.gitOid().substring(0, 2) + "/" + config.gitOid()))
        .hasBinaryContent(config.content);
    Path manifest = dir.resolve("out/snapshots/" + MODEL + "/" + repo.sha() + ".json");
    assertThat(Files.readString(manifest))
        .contains("\"path\" : \"model.safetensors\"")
        .contains("\"blob\" : \"blobs/sha256/" + weights.sha256().substring(0, 2));
    assertThat(report.bytesDownloaded())
        .isEqualTo(repo.files.values().stream().mapToLong(f -> f.content.length).sum());
  }

  @Test
  void snapshot_rerunWithFiles_fetchesOnlyMissingFiles() throws Exception {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    run(withFiles());
    String sha = repo.files.get("onnx/model.onnx").sha256();
    Files.delete(dir.resolve("out/blobs/sha256/" + sha.substring(0, 2) + "/" + sha));
    int before = hub.requestCount();

    SnapshotReport second = run(withFiles());

    assertThat(second.models().get(0).filesDownloaded()).isEqualTo(1);
    assertThat(second.models().get(0).filesPresent()).isEqualTo(3);
    assertThat(hub.log.subList(before, hub.log.size()))
        .filteredOn(p -> p.contains("/resolve/"))
        .containsExactly("/" + MODEL + "/resolve/" + repo.sha() + "/onnx/model.onnx");
    assertThat(run(withFiles()).count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(1);
  }

  @Test
  void snapshot_corruptedOnce_isDetectedAndRetried() {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    hub.corruptions.put("model.safetensors", 1);

    SnapshotReport report = run(withFiles());

    assertThat(report.hasFailures()).isFalse();
    assertThat(hub.log)
        .filteredOn(p -> p.endsWith("/resolve/" + repo.sha() + "/model.safetensors"))
        .hasSize(2);
    String sha = repo.files.get("model.safetensors").sha256();
    assertThat(dir.resolve("out/blobs/sha256/" + sha.substring(0, 2) + "/" + sha))
        .hasBinaryContent(repo.files.get("model.safetensors").content);
  }

  @Test
  void snapshot_corruptedOnEveryAttempt_isReportedWithNoPartialFileAndRetriedNextRun()
      throws Exception {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    hub.corruptions.put("config.json", 3);

    SnapshotReport report = run(withFiles());

    assertThat(report.models()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo(ModelSnapshot.Outcome.FAILED);
      assertThat(m.failure())
          .hasValueSatisfying(f -> assertThat(f)
              .contains("config.json")
              .contains("did not verify after 3 attempt(s)")
              .contains("git blob id"));
    });
    assertThat(hub.log).filteredOn(p -> p.endsWith("/config.json")).hasSize(3);
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .as("no partial or unverified file left")
          .noneMatch(n -> n.endsWith(".part"))
          .doesNotContain(repo.files.get("config.json").gitOid());
    }
    assertThat(Db.value(db, "SELECT has_snapshot FROM model"))
        .as("not marked snapshotted")
        .isNotEqualTo(1);

    SnapshotReport retry = run(withFiles());

    assertThat(retry.models().get(0).outcome()).isEqualTo(ModelSnapshot.Outcome.NEW);
    assertThat(retry.models().get(0).filesPresent())
        .as("README.md verified in the first run")
        .isEqualTo(1);
    assertThat(retry.models().get(0).filesDownloaded()).isEqualTo(3);
    assertThat(Db.value(db, "SELECT has_snapshot FROM model")).isEqualTo(1);
  }

  @Test
  void snapshot_byteBudget_skipsFilesThatWouldExceedIt() {
    FakeSnapshotHub.Repo repo = hub.addTinyBert(MODEL, 1200);
    long small =
        repo.files.get("README.md").content.length + repo.files.get("config.json").content.length;

    SnapshotReport report = run(withFiles().toBuilder().byteBudget(small).build());

    assertThat(report.filesDownloaded()).isEqualTo(2);
    assertThat(report.filesOverBudget()).isEqualTo(2);
    assertThat(report.bytesDownloaded()).isEqualTo(small);
    assertThat(run(withFiles()).models().get(0).filesDownloaded())
        .as("the rest on the next run")
        .isEqualTo(2);
  }

  @Test
  void snapshot_outputDirectoryInUse_isRefused() {
    hub.addTinyBert(MODEL, 1200);
    try (BlobStore held = BlobStore.open(dir.resolve("out"))) {
      assertThat(held.isPresent(
              SnapshotFile.builder().path("x").gitOid("0".repeat(40)).build()))
          .isFalse();
      assertThatThrownBy(() -> run(withFiles()))
          .isInstanceOf(DatasetException.class)
          .hasMessageContaining("in use by another snapshot run");
    }
  }

  @Test
  void options_filesWithoutDirectory_areRejected() {
    assertThatThrownBy(() -> SnapshotOptions.builder().files(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("output directory");
  }

  @Test
  void snapshot_gatedFiles_recordsHistoryAndReportsRefusedFiles() {
    hub.addTinyBert("meta/gated", 5000);
    hub.addTinyBert(MODEL, 1200);
    hub.gated.add("meta/gated");

    SnapshotReport report = run(withFiles());

    assertThat(report.hasFailures()).isFalse();
    assertThat(report.models().get(0).model().value()).isEqualTo("meta/gated");
    assertThat(report.models().get(0).filesRefused()).isEqualTo(4);
    assertThat(report.models().get(0).commitsAdded()).isEqualTo(3);
    assertThat(report.models().get(1).filesDownloaded()).isEqualTo(4);
    assertThat(hub.log)
        .filteredOn(p -> p.startsWith("/meta/gated/resolve/"))
        .as("one refusal is enough")
        .hasSize(1);
    int before = hub.requestCount();

    SnapshotReport again = run(withFiles());

    assertThat(again.count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(2);
    assertThat(hub.requestCount() - before)
        .as("listing, two probes, one refused file")
        .isEqualTo(4);
  }

  @Test
  void snapshot_probe_comparesWithTheListingNotWithStoredEvents() {
    hub.numCommentsOffset = 1; // a Hub that counts the opening post as a comment
    hub.addTinyBert(MODEL, 1200);
    run(SnapshotOptions.peatmoss());
    int before = hub.requestCount();

    SnapshotReport second = run(SnapshotOptions.peatmoss());

    assertThat(second.count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(1);
    assertThat(hub.requestCount() - before).isEqualTo(2);
    assertThat(Db.rows(db, "SELECT num FROM hf_snapshot_discussion ORDER BY num"))
        .containsExactly(List.of(1), List.of(3), List.of(4));
  }
}
