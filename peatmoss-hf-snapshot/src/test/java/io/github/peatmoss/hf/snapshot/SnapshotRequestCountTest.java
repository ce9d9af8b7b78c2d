package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.HfClient;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 3: the requests a first snapshot, an unchanged second run and a run after some models changed cost,
 * counted by a local server. The default build snapshots 20 models; {@code -Dsnapshot.models=N} measures more
 * and prints the figures (see docs/BENCHMARKS.md).
 */
class SnapshotRequestCountTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  @Test
  void requestCounts_firstUnchangedAndChangedRuns() {
    int models = Integer.getInteger("snapshot.models", 20);
    FakeSnapshotHub hub = new FakeSnapshotHub();
    for (int i = 0; i < models; i++) {
      hub.addTinyBert(String.format("acme/model-%05d", i), 1_000_000 - i);
    }
    server.setDispatcher(hub);
    HfSnapshotter snapshotter =
        HfSnapshotter.of(HfClient.builder().endpoint(server.url("/").uri()).build());
    Path db = dir.resolve("snap.db");

    long start = System.nanoTime();
    SnapshotReport first =
        snapshotter.snapshot(db, SnapshotOptions.peatmoss(), SnapshotListener.NONE);
    double firstSeconds = (System.nanoTime() - start) / 1e9;
    int firstRequests = hub.requestCount();

    start = System.nanoTime();
    SnapshotReport second =
        snapshotter.snapshot(db, SnapshotOptions.peatmoss(), SnapshotListener.NONE);
    double secondSeconds = (System.nanoTime() - start) / 1e9;
    int secondRequests = hub.requestCount() - firstRequests;

    int changed = Math.max(1, models / 10);
    for (int i = 0; i < changed; i++) {
      FakeSnapshotHub.Repo repo = hub.repos.get(String.format("acme/model-%05d", i * 10));
      repo.commit(
          String.format("%040x", i + 1),
          "2024-05-01T00:00:00.000Z",
          "Update weights",
          "ada-lovelace");
      repo.discussions
          .get(0)
          .comment(String.format("%024x", i + 1), "grace-h", "2024-05-02T00:00:00.000Z", "Thanks!");
    }
    int beforeThird = hub.requestCount();
    SnapshotReport third =
        snapshotter.snapshot(db, SnapshotOptions.peatmoss(), SnapshotListener.NONE);
    int thirdRequests = hub.requestCount() - beforeThird;

    int listingPages = (models + 999) / 1000;
    System.out.printf("models=%d listingPages=%d%n", models, listingPages);
    System.out.printf(
        "first run:     %d requests (%.2f per model), %.2f s%n",
        firstRequests, firstRequests / (double) models, firstSeconds);
    System.out.printf(
        "unchanged run: %d requests (%.3f per model), %.2f s%n",
        secondRequests, secondRequests / (double) models, secondSeconds);
    System.out.printf(
        "after %d models changed (1 commit + 1 comment each): %d requests, %d commits and %d"
            + " discussions written%n",
        changed, thirdRequests, third.commitsAdded(), third.discussionsWritten());

    assertThat(first.count(ModelSnapshot.Outcome.NEW)).isEqualTo(models);
    // Per model: 2 discussion pages, 3 discussion details, refs, 2 commit pages, tree.
    assertThat(firstRequests).isEqualTo(listingPages + models * 9);
    assertThat(second.count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(models);
    assertThat(secondRequests).isEqualTo(listingPages + models);
    assertThat(third.count(ModelSnapshot.Outcome.UPDATED)).isEqualTo(changed);
    assertThat(third.commitsAdded()).isEqualTo(changed);
    assertThat(third.discussionsWritten()).isEqualTo(changed);
    // A changed model: 2 discussion pages, 1 detail, refs, 1 commit page, tree; the others 1
    // request each.
    assertThat(thirdRequests).isEqualTo(listingPages + changed * 6 + (models - changed));
  }
}
