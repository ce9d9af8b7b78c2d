package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.hf.FakeHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mining run whose first request fails leaves no database behind and offers no checkpoint to resume from. */
class MiningFailureTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void firstRequestFails_noDatabaseIsLeft_andNoCheckpointIsPromised() {
    server.enqueue(new MockResponse.Builder()
        .code(404)
        .body("{\"error\":\"no such page\"}")
        .build());
    Path db = dir.resolve("mined.db");

    assertThat(run("hf", "mine", "--endpoint", server.url("/").toString(), "--db", db.toString()))
        .isEqualTo(1);

    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .contains("nothing was mined", db + " was not kept")
        .doesNotContain("checkpoint")
        .doesNotContain("resume");
    assertThat(db).doesNotExist();
    assertThat(dir.resolve("mined.db-wal")).doesNotExist();
  }

  @Test
  void firstRequestFails_anExistingDatabaseIsKept() throws Exception {
    Path db = dir.resolve("mined.db");
    server.setDispatcher(new FakeHub(5, 10));
    String endpoint = server.url("/").toString();
    assertThat(run("hf", "mine", "--endpoint", endpoint, "--db", db.toString())).isZero();

    MockWebServer failing = new MockWebServer();
    failing.start();
    try {
      failing.enqueue(new MockResponse.Builder().code(404).build());
      assertThat(
              run("hf", "mine", "--endpoint", failing.url("/").toString(), "--db", db.toString()))
          .isEqualTo(1);
    } finally {
      failing.close();
    }
    assertThat(err.toString()).contains(db + " is unchanged").doesNotContain("checkpoint");
    assertThat(db).exists();
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.tableCounts().get("model")).isEqualTo(5L);
    }
  }
}
