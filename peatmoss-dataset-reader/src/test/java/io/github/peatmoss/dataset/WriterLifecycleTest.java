package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import io.github.peatmoss.dataset.internal.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer's life: where it may be opened, what it refuses inside a batch or after close (programmer errors,
 * with messages that say what to do), and the mining tables it reads before anything was mined.
 */
class WriterLifecycleTest {
  @TempDir
  Path tmp;

  private static final String SOURCE = "test-hub all models";
  private static final Model MODEL = Model.builder()
      .id(ModelId.of("acme-ai/tiny-bert"))
      .hub(ModelHub.HUGGING_FACE)
      .build();

  @Test
  void open_createsMissingFolders_andNamesItsFile() {
    Path file = tmp.resolve("a/b/mined.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      assertThat(writer.file()).isEqualTo(file.toAbsolutePath());
      writer.write(b -> b.upsertModel(MODEL));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(MODEL.id())).hasValue(MODEL);
    }
  }

  @Test
  void open_onSqliteWithSomeOtherTables_isNotPeatmoss_andListsWhatIsMissing() throws Exception {
    Path file = tmp.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE model (id INTEGER PRIMARY KEY, context_id TEXT)");
      s.executeUpdate("CREATE TABLE notes (body TEXT)");
    }
    List<String> missing = new ArrayList<>(Schema.R1_TABLES);
    missing.remove("model");
    missing.sort(null);
    assertThatThrownBy(() -> PeatmossWriter.open(file))
        .isInstanceOfSatisfying(InvalidDatabaseException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.NOT_PEATMOSS);
          assertThat(e.missingTables()).isEqualTo(missing);
        })
        .hasMessage(file.toAbsolutePath() + " is a SQLite database but not a PeaTMOSS one: it lacks"
            + " the PeaTMOSS tables " + missing + "; write into a new file instead");
  }

  @Test
  void aClosedWriter_refusesEveryCall_andClosingAgainIsHarmless() {
    PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"));
    writer.close();
    writer.close();
    String closed =
        "writer for " + tmp.resolve("w.db").toAbsolutePath() + " is closed; open a new one";
    assertThatThrownBy(() -> writer.write(b -> b.upsertModel(MODEL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(closed);
    assertThatThrownBy(() -> writer.miningWork(SOURCE, "ids", 0, 1)).hasMessage(closed);
    assertThatThrownBy(() -> writer.miningWorkSize(SOURCE, "ids")).hasMessage(closed);
    assertThatThrownBy(() -> writer.miningCounts(SOURCE)).hasMessage(closed);
    assertThatThrownBy(() -> writer.miningCheckpoint(SOURCE)).hasMessage(closed);
  }

  @Test
  void insideABatch_writingAgainOrReadingMiningTables_isRefused_andTheBatchEndsWithIt() {
    AtomicReference<PeatmossWriter.Batch> kept = new AtomicReference<>();
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"))) {
      writer.write(b -> {
        kept.set(b);
        assertThatThrownBy(() -> writer.write(inner -> inner.upsertModel(MODEL)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("write(..) called inside a batch; upsert through the batch given to you");
        assertThatThrownBy(() -> writer.miningWork(SOURCE, "ids", 0, 1))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("reading the mining work of '" + SOURCE
                + "' inside a batch; read before or after write(..)");
        assertThatThrownBy(() -> writer.miningCounts(SOURCE))
            .hasMessage("reading the mining counts of '" + SOURCE
                + "' inside a batch; read before or after write(..)");
        b.upsertModel(MODEL);
      });
      assertThatThrownBy(() -> kept.get().upsertModel(MODEL))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this batch has ended; write inside the work given to write(..)");
      writer.write(b -> b.upsertModel(MODEL.toBuilder().downloads(5).build()));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(tmp.resolve("w.db"))) {
      assertThat(dataset.findModel(MODEL.id()).orElseThrow().downloads()).hasValue(5);
    }
  }

  @Test
  void miningTables_beforeAnythingWasMined_areEmpty_andNegativePositionsAreRefused() {
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"))) {
      assertThat(writer.miningWork(SOURCE, "ids", 0, 10)).isEmpty();
      assertThat(writer.miningWorkSize(SOURCE, "ids")).isZero();
      assertThat(writer.miningCounts(SOURCE)).isEmpty();
      assertThat(writer.miningCheckpoint(SOURCE)).isEmpty();
      writer.write(b -> b.appendMiningWork(SOURCE, "ids", List.of("a", "b")));
      assertThat(writer.miningWork(SOURCE, "ids", 0, 0)).isEmpty();
      assertThat(writer.miningWork(SOURCE, "ids", 2, 5)).isEmpty();
      assertThat(writer.miningWork(SOURCE, "ids", 1, 5)).containsExactly("b");
      assertThatThrownBy(() -> writer.miningWork(SOURCE, "ids", -1, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("from and limit must be >= 0: -1, 5");
      assertThatThrownBy(() -> writer.miningWork(SOURCE, "ids", 0, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("from and limit must be >= 0: 0, -1");
    }
  }

  @Test
  void miningTables_areCreatedByWhicheverMiningCallComesFirst() {
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"))) {
      writer.write(b -> b.appendMiningWork(SOURCE, "ids", List.of("a")));
    }
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("c.db"))) {
      writer.write(b -> b.addMiningCounts(SOURCE, java.util.Map.of("models", 3L)));
      assertThat(writer.miningCounts(SOURCE)).containsEntry("models", 3L);
    }
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("m.db"))) {
      MiningSummary summary = Miner.builder(
              SOURCE,
              io.github.peatmoss.core.PagedIterable.of(
                  token -> io.github.peatmoss.core.Page.of(List.of(MODEL), null)),
              (Miner.PageWriter<Model>) (batch, models) -> models.forEach(batch::upsertModel))
          .restart(true)
          .build()
          .mine(writer);
      assertThat(summary).isEqualTo(new MiningSummary(SOURCE, 1, 1, 1, true));
      assertThat(writer.miningCheckpoint(SOURCE))
          .hasValue(new MiningCheckpoint(SOURCE, java.util.Optional.empty(), 1, true));
    }
    try (PeatmossWriter writer = PeatmossWriter.open(tmp.resolve("w.db"))) {
      assertThat(writer.miningWork(SOURCE, "ids", 0, 10)).containsExactly("a");
    }
  }
}
