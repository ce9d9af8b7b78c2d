package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.core.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinerTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream fetches = new ByteArrayOutputStream();
  private final PagedIterable<Model> listing =
      CrashableMiner.listing(new PrintStream(fetches, true, StandardCharsets.UTF_8));

  private Miner.Builder<Model> miner(PagedIterable<Model> pages) {
    return Miner.builder(
        CrashableMiner.SOURCE, pages, (batch, models) -> models.forEach(batch::upsertModel));
  }

  private List<String> fetched() {
    return List.of(fetches.toString(StandardCharsets.UTF_8).strip().split("\n"));
  }

  @Test
  void limit_cutsAPageAndTheRerunFetchesThatPageAgainAndGoesOn() {
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("m.db"))) {
      MiningSummary first = miner(listing).limit(50).build().mine(writer);
      assertThat(first).isEqualTo(new MiningSummary(CrashableMiner.SOURCE, 50, 2, 50, false));
      MiningSummary rest = miner(listing).build().mine(writer);
      assertThat(rest.items()).isEqualTo(160);
      assertThat(rest.totalItems()).isEqualTo(210);
      assertThat(rest.complete()).isTrue();
    }
    assertThat(fetched())
        .containsExactly(
            "fetch first",
            "fetch page-1",
            "fetch page-1",
            "fetch page-2",
            "fetch page-3",
            "fetch page-4");
    assertThat(TestDatabases.dump(tmp.resolve("m.db")).stream().filter(r -> r.startsWith("model:")))
        .hasSize(200);
  }

  @Test
  void aCompleteListing_isMinedAgainFromTheFirstPage_andRestartIgnoresTheCheckpoint() {
    List<MiningProgress> progress = new ArrayList<>();
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("m.db"))) {
      assertThat(miner(listing).build().mine(writer).complete()).isTrue();
      MiningSummary again = miner(listing)
          .listener(new MiningListener() {
            @Override
            public void pageWritten(MiningProgress p) {
              progress.add(p);
            }
          })
          .build()
          .mine(writer);
      assertThat(again).isEqualTo(new MiningSummary(CrashableMiner.SOURCE, 200, 5, 200, true));
      assertThat(miner(listing).limit(10).build().mine(writer).complete()).isFalse();
      assertThat(miner(listing).restart(true).limit(10).build().mine(writer).totalItems())
          .isEqualTo(10);
    }
    assertThat(progress).extracting(MiningProgress::pages).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(progress)
        .extracting(MiningProgress::items)
        .containsExactly(40L, 80L, 120L, 160L, 200L);
  }

  @Test
  void aFailedFetch_keepsEveryCommittedPageAndItsCheckpoint() {
    PagedIterable<Model> failing = PagedIterable.of(token -> {
      if (token.map("page-2"::equals).orElse(false)) {
        throw new TransportException("GET /api/models failed: connection reset", null);
      }
      return (token.isPresent() ? listing.byPage(token.get()) : listing.byPage())
          .iterator()
          .next();
    });
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("m.db"))) {
      assertThatThrownBy(() -> miner(failing).build().mine(writer))
          .isInstanceOf(MiningException.class)
          .hasMessageContaining("connection reset")
          .hasMessageContaining("after 80 items")
          .hasCauseInstanceOf(TransportException.class);
      assertThat(writer.miningCheckpoint(CrashableMiner.SOURCE))
          .hasValue(new MiningCheckpoint(CrashableMiner.SOURCE, Optional.of("page-2"), 80, false));
      assertThat(miner(listing).build().mine(writer).items()).isEqualTo(120);
    }
  }

  @Test
  void workListsAndCounts_commitWithTheirPage_andARunFromTheFirstPageEmptiesThem() {
    Miner.PageWriter<Model> write = (batch, models) -> {
      batch.appendMiningWork(
          CrashableMiner.SOURCE,
          "ids",
          models.stream().map(m -> m.id().value()).limit(2).toList());
      batch.addMiningCounts(CrashableMiner.SOURCE, Map.of("models", (long) models.size()));
    };
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"))) {
      Miner.builder(CrashableMiner.SOURCE, listing, write).limit(80).build().mine(writer);
      assertThat(writer.miningWork(CrashableMiner.SOURCE, "ids", 0, 10))
          .containsExactly("org-0/model-0", "org-1/model-1", "org-5/model-40", "org-6/model-41");
      assertThat(writer.miningWork(CrashableMiner.SOURCE, "ids", 3, 10))
          .containsExactly("org-6/model-41");
      assertThat(writer.miningWorkSize(CrashableMiner.SOURCE, "ids")).isEqualTo(4);
      assertThat(writer.miningCounts(CrashableMiner.SOURCE)).containsEntry("models", 80L);

      // Resumed: the lists and counts go on.
      Miner.builder(CrashableMiner.SOURCE, listing, write).build().mine(writer);
      assertThat(writer.miningWorkSize(CrashableMiner.SOURCE, "ids")).isEqualTo(10);
      assertThat(writer.miningCounts(CrashableMiner.SOURCE)).containsEntry("models", 200L);

      // Complete, so the next run starts from the first page: the lists and counts start again.
      Miner.builder(CrashableMiner.SOURCE, listing, write).build().mine(writer);
      assertThat(writer.miningWorkSize(CrashableMiner.SOURCE, "ids")).isEqualTo(10);
      assertThat(writer.miningCounts(CrashableMiner.SOURCE)).containsEntry("models", 200L);
      assertThat(writer.miningCounts("another source")).isEmpty();
      assertThat(writer.miningWork("another source", "ids", 0, 10)).isEmpty();
    }
  }

  @Test
  void aLimitAtTheEndOfAPage_stopsThere_andTheResumeIsAnnounced() {
    List<String> resumed = new ArrayList<>();
    MiningListener listener = new MiningListener() {
      @Override
      public void resumed(String source, String continuationToken) {
        resumed.add(source + " @ " + continuationToken);
      }
    };
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("m.db"))) {
      assertThat(miner(listing).limit(40).listener(listener).build().mine(writer))
          .as("the first page holds 40 items: the limit ends the run after it")
          .isEqualTo(new MiningSummary(CrashableMiner.SOURCE, 40, 1, 40, false));
      assertThat(resumed).isEmpty();
      assertThat(miner(listing).limit(40).listener(listener).build().mine(writer))
          .isEqualTo(new MiningSummary(CrashableMiner.SOURCE, 40, 1, 80, false));
      assertThat(resumed).containsExactly(CrashableMiner.SOURCE + " @ page-1");
    }
    assertThat(fetched()).containsExactly("fetch first", "fetch page-1");
  }
}
