package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.hf.snapshot.FakeSnapshotHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfSnapshotCommandTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeSnapshotHub hub = new FakeSnapshotHub();

  @TempDir
  Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    server.setDispatcher(hub);
    hub.addTinyBert("acme/tiny-bert", 900);
    hub.addTinyBert("acme/small-bert", 120);
    hub.addTinyBert("acme/obscure", 7);
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void snapshot_json_recordsSelectedModelsAndReportsCounts() throws Exception {
    Path db = dir.resolve("snap.db");

    int code = run(
        "hf",
        "snapshot",
        "--db",
        db.toString(),
        "--endpoint",
        server.url("/").toString(),
        "--json");

    assertThat(code).as(err.toString()).isZero();
    JsonNode summary = Output.JSON.readTree(out.toString().trim());
    assertThat(summary.get("models").asInt()).isEqualTo(2);
    assertThat(summary.get("new").asInt()).isEqualTo(2);
    assertThat(summary.get("commitsAdded").asInt()).isEqualTo(6);
    assertThat(summary.get("discussionsWritten").asInt()).isEqualTo(6);
    assertThat(err.toString())
        .contains("snapshot: 2 models selected")
        .contains("[1/2] acme/tiny-bert new @9c4f1e2b7a0d")
        .contains("[2/2] acme/small-bert new");

    assertThat(run(
            "hf",
            "snapshot",
            "--db",
            db.toString(),
            "--endpoint",
            server.url("/").toString()))
        .isZero();
    assertThat(out.toString()).contains("2 unchanged");
  }

  @Test
  void snapshot_filesWithMinDownloads_downloadsIntoOut() {
    Path db = dir.resolve("snap.db");
    Path files = dir.resolve("files");

    int code = run(
        "hf",
        "snapshot",
        "--db",
        db.toString(),
        "--endpoint",
        server.url("/").toString(),
        "--min-downloads",
        "5",
        "--files",
        "--out",
        files.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("snapshotted 3 models").contains("12 files");
    assertThat(err.toString()).contains("fetched acme/obscure model.safetensors");
    assertThat(Files.isDirectory(files.resolve("snapshots/acme/obscure"))).isTrue();
  }

  @Test
  void snapshot_filesWithoutOut_isBadUsage() {
    assertThat(run("hf", "snapshot", "--db", dir.resolve("x.db").toString(), "--files"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }

  @Test
  void snapshot_corruptFile_failsWithExitOneAndAnActionableLine() {
    hub.corruptions.put("config.json", 100);

    int code = run(
        "hf",
        "snapshot",
        "--db",
        dir.resolve("snap.db").toString(),
        "--endpoint",
        server.url("/").toString(),
        "--files",
        "--out",
        dir.resolve("files").toString(),
        "--max-models",
        "1");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("did not verify").contains("rerun the same command");
  }
}
