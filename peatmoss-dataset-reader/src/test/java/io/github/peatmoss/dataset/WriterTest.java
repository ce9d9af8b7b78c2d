package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer: idempotent upserts, transactional batches, exact values, a file both this reader and SQL can read. */
class WriterTest {
  @TempDir
  Path tmp;

  private static Model model(String id, String... licenses) {
    return Model.builder()
        .id(ModelId.of(id))
        .hub(ModelHub.HUGGING_FACE)
        .downloads(10)
        .likes(1)
        .addLicenses(licenses)
        .addTag("fill-mask")
        .addAuthor("acme-ai")
        .addDataset(Dataset.builder()
            .name("wikitext")
            .url("https://huggingface.co/datasets/wikitext")
            .build())
        .addDomain("natural-language-processing")
        .build();
  }

  @Test
  void upsertModel_twice_leavesOneRowAndTheSameDatabase() {
    Path once = tmp.resolve("once.db");
    Path twice = tmp.resolve("twice.db");
    try (PeatmossWriter writer = PeatmossWriter.open(once)) {
      writer.write(b -> b.upsertModel(model("acme-ai/tiny-bert", "mit")));
    }
    try (PeatmossWriter writer = PeatmossWriter.open(twice)) {
      writer.write(b -> b.upsertModel(model("acme-ai/tiny-bert", "mit")));
      writer.write(b -> b.upsertModel(model("acme-ai/tiny-bert", "mit")));
    }
    assertThat(TestDatabases.dump(twice)).isEqualTo(TestDatabases.dump(once));
    try (PeatmossDataset dataset = PeatmossDataset.open(twice)) {
      assertThat(dataset.tableCounts())
          .containsEntry("model", 1L)
          .containsEntry("model_to_license", 1L);
    }
  }

  @Test
  void upsertModel_withChangedLookups_replacesThem() {
    Path file = tmp.resolve("w.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> b.upsertModel(model("acme-ai/tiny-bert", "mit", "apache-2.0")));
      writer.write(b -> b.upsertModel(
          model("acme-ai/tiny-bert", "gpl-3.0").toBuilder().downloads(99).build()));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      Model read = dataset.findModel(ModelId.of("acme-ai/tiny-bert")).orElseThrow();
      assertThat(read.licenses()).containsExactly("gpl-3.0");
      assertThat(read.downloads()).hasValue(99);
      assertThat(read.datasets().get(0).url()).hasValue("https://huggingface.co/datasets/wikitext");
      assertThat(read.domains()).containsExactly("natural-language-processing");
    }
  }

  @Test
  void write_whenWorkThrows_rollsBackTheWholeBatch() {
    Path file = tmp.resolve("w.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      assertThatThrownBy(() -> writer.write(b -> {
            b.upsertModel(model("acme-ai/a", "mit"));
            throw new IllegalStateException("crawler failed");
          }))
          .hasMessage("crawler failed");
      writer.write(b -> b.upsertModel(model("acme-ai/b", "mit")));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(ModelId.of("acme-ai/a"))).isEmpty();
      assertThat(dataset.findModel(ModelId.of("acme-ai/b")))
          .as(
              "the rolled-back batch's new license row is written again, not taken from a stale cache")
          .hasValueSatisfying(m -> assertThat(m.licenses()).containsExactly("mit"));
    }
  }

  @Test
  void reuse_beforeItsModel_createsAMinimalRowThatTheModelFillsIn() {
    Path file = tmp.resolve("w.db");
    RepoRef repo = RepoRef.of("river-dev", "chat-ui");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertReuseFile(ReuseFile.builder()
            .model(ModelId.of("acme-ai/tiny-bert"))
            .repository(repo)
            .path("river-dev_chat-ui/chat-ui/app.py")
            .build());
        b.upsertReuseLink(ReuseLink.builder()
            .model(ModelId.of("acme-ai/tiny-bert"))
            .repository(repo)
            .build());
        b.upsertReuseRepository(
            ReuseRepository.builder().repository(repo).addLicense("MIT").build());
      });
      writer.write(b -> b.upsertModel(model("acme-ai/tiny-bert", "gpl-3.0")));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.tableCounts())
          .containsEntry("model", 1L)
          .containsEntry("model_to_reuse_repository", 1L)
          .containsEntry("reuse_file", 1L);
      assertThat(
              dataset.findModel(ModelId.of("acme-ai/tiny-bert")).orElseThrow().downloads())
          .hasValue(10);
      assertThat(dataset.findReuseRepository(repo).orElseThrow().licenses()).containsExactly("MIT");
      assertThat(dataset.findReuseRepository(repo).orElseThrow().url())
          .hasValue("github.com/river-dev/chat-ui");
    }
  }

  @Test
  void contextIds_thatAffinityWouldAlter_roundTripExactly() throws Exception {
    Path file = tmp.resolve("w.db");
    List<String> ids = List.of("12345", "007", "1e3", "1.50", "bert-base");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> ids.forEach(id -> b.upsertModel(model(id))));
      writer.write(b -> ids.forEach(id -> b.upsertModel(model(id))));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      for (String id : ids) {
        assertThat(dataset.findModel(ModelId.of(id)))
            .as(id)
            .hasValueSatisfying(m -> assertThat(m.id().value()).isEqualTo(id));
      }
      assertThat(dataset.tableCounts()).containsEntry("model", 5L);
    }
    // Third-party SQL on the written file sees the published column types.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT typeof(context_id) FROM model WHERE context_id = 12345")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("integer");
    }
  }

  @Test
  void thirdPartySql_forThePublishedFile_runsOnWriterOutput() throws Exception {
    Path file = tmp.resolve("w.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModel(model("acme-ai/tiny-bert", "mit"));
        b.upsertReuseLink(ReuseLink.builder()
            .model(ModelId.of("acme-ai/tiny-bert"))
            .repository(RepoRef.of("river-dev", "chat-ui"))
            .build());
      });
    }
    // The join the PeaTMOSS artifact's license analysis runs: model, hub, license, reuse
    // repository.
    String sql = "SELECT m.context_id, h.name, l.name, r.owner || '/' || r.name FROM model m"
        + " JOIN model_hub h ON h.id = m.model_hub_id JOIN model_to_license ml ON ml.model_id = m.id"
        + " JOIN license l ON l.id = ml.license_id JOIN model_to_reuse_repository mr ON mr.model_id = m.id"
        + " JOIN reuse_repository r ON r.id = mr.reuse_repository_id";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("acme-ai/tiny-bert");
      assertThat(rs.getString(2)).isEqualTo("HuggingFace");
      assertThat(rs.getString(3)).isEqualTo("mit");
      assertThat(rs.getString(4)).isEqualTo("river-dev/chat-ui");
    }
  }

  @Test
  void closingAStreamEarly_releasesTheFileForAWriter() {
    Path file = PeatmossDataset.copySample(tmp.resolve("sample.db"));
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      try (java.util.stream.Stream<Model> models = dataset.streamModels(ModelQuery.all())) {
        assertThat(models.findFirst()).isPresent();
      }
      try (PeatmossWriter writer = PeatmossWriter.open(file)) {
        writer.write(b -> b.upsertModel(model("acme-ai/after-stream", "mit")));
      }
      assertThat(dataset.findModel(ModelId.of("acme-ai/after-stream"))).isPresent();
    }
  }

  @Test
  void open_onAnR1File_refusesToWrite() {
    Path file = TestDatabases.r1(tmp.resolve("r1.db"));
    assertThatThrownBy(() -> PeatmossWriter.open(file))
        .isInstanceOf(UnsupportedSchemaException.class)
        .hasMessageContaining("this file is R1");
  }
}
