package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows as other tools store them, which this SDK's writer never produces: models without a hub or of a hub this
 * SDK does not know, hub rows with another URL, and lookup rows without a name. Each reads as documented.
 */
class StoredQuirksTest {
  @TempDir
  Path tmp;

  private static final Dataset IMDB =
      Dataset.builder().name("imdb").url("https://huggingface.co/datasets/imdb").build();
  private static final Language ENGLISH =
      Language.builder().name("English").abbreviation("en").build();
  private static final ModelId TINY = ModelId.of("acme-ai/tiny-bert");

  private Path writeThen(String... statements) throws Exception {
    Path file = tmp.resolve("quirks.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> b.upsertModel(Model.builder()
          .id(TINY)
          .hub(ModelHub.HUGGING_FACE)
          .addDataset(IMDB)
          .addLanguage(ENGLISH)
          .build()));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.executeUpdate(statement);
      }
    }
    return file;
  }

  @Test
  void aModelWithoutAHub_isOfTheHubItsIdNames() throws Exception {
    Path file = writeThen(
        "INSERT INTO model (context_id) VALUES ('acme-ai/no-hub')",
        "INSERT INTO model (context_id) VALUES ('pytorch/vision/no_hub')");
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(ModelId.of("acme-ai/no-hub")).orElseThrow().hub())
          .isEqualTo(ModelHub.HUGGING_FACE);
      assertThat(dataset
              .findModel(ModelId.of("pytorch/vision/no_hub"))
              .orElseThrow()
              .hub())
          .isEqualTo(ModelHub.PYTORCH_HUB);
    }
  }

  @Test
  void aHubThisSdkDoesNotKnow_readsWithItsStoredNameAndUrl() throws Exception {
    Path file = writeThen(
        "INSERT INTO model_hub (name, url) VALUES ('Kaggle', NULL)",
        "INSERT INTO model_hub (name, url) VALUES ('ModelZoo', 'https://zoo.example')",
        "INSERT INTO model (context_id, model_hub_id)"
            + " SELECT 'acme-ai/on-kaggle', id FROM model_hub WHERE name = 'Kaggle'",
        "INSERT INTO model (context_id, model_hub_id)"
            + " SELECT 'acme-ai/also-on-kaggle', id FROM model_hub WHERE name = 'Kaggle'",
        "INSERT INTO model (context_id, model_hub_id)"
            + " SELECT 'acme-ai/in-the-zoo', id FROM model_hub WHERE name = 'ModelZoo'",
        "INSERT INTO model (context_id, model_hub_id)"
            + " SELECT 'acme-ai/also-in-the-zoo', id FROM model_hub WHERE name = 'ModelZoo'");
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      for (String kaggle : new String[] {"acme-ai/on-kaggle", "acme-ai/also-on-kaggle"}) {
        ModelHub hub = dataset.findModel(ModelId.of(kaggle)).orElseThrow().hub();
        assertThat(hub.name()).isEqualTo("Kaggle");
        assertThat(hub.url()).isEmpty();
      }
      for (String zoo : new String[] {"acme-ai/in-the-zoo", "acme-ai/also-in-the-zoo"}) {
        ModelHub hub = dataset.findModel(ModelId.of(zoo)).orElseThrow().hub();
        assertThat(hub.name()).isEqualTo("ModelZoo");
        assertThat(hub.url()).hasValue("https://zoo.example");
      }
    }
  }

  @Test
  void aKnownHubStoredWithAnotherUrl_readsAsTheKnownHub() throws Exception {
    Path file = writeThen(
        "UPDATE model_hub SET url = 'https://mirror.example/' WHERE name = 'HuggingFace'");
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(TINY).orElseThrow().hub()).isEqualTo(ModelHub.HUGGING_FACE);
    }
  }

  @Test
  void lookupRowsWithoutAName_areLeftOut() throws Exception {
    Path file = writeThen(
        "INSERT INTO dataset (name, url) VALUES (NULL, 'https://example.org/unnamed')",
        "INSERT INTO model_to_dataset (model_id, dataset_id)"
            + " SELECT m.id, last_insert_rowid() FROM model m",
        "INSERT INTO language (name, abbreviation) VALUES (NULL, 'xx')",
        "INSERT INTO model_to_language (model_id, language_id)"
            + " SELECT m.id, last_insert_rowid() FROM model m",
        "INSERT INTO paper (title, url) VALUES (NULL, 'https://arxiv.org/abs/0000.00000')",
        "INSERT INTO model_to_paper (model_id, paper_id)"
            + " SELECT m.id, last_insert_rowid() FROM model m");
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.tableCounts())
          .containsEntry("model_to_dataset", 2L)
          .containsEntry("model_to_language", 2L)
          .containsEntry("model_to_paper", 1L);
      Model model = dataset.findModel(TINY).orElseThrow();
      assertThat(model.datasets()).containsExactly(IMDB);
      assertThat(model.languages()).containsExactly(ENGLISH);
      assertThat(model.papers()).isEmpty();
    }
  }

  @Test
  void aReuseFileWithoutAPath_isLeftOut() throws Exception {
    ReuseFile written = ReuseFile.builder()
        .model(TINY)
        .repository(RepoRef.of("river-dev", "chat-ui"))
        .path("river-dev_chat-ui/chat-ui/app.py")
        .build();
    Path file = tmp.resolve("reuse.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> b.upsertReuseFile(written));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO reuse_file (path, model_id, reuse_repository_id)"
          + " SELECT NULL, model_id, reuse_repository_id FROM reuse_file");
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.tableCounts()).containsEntry("reuse_file", 2L);
      assertThat(dataset.reuseFilesOf(TINY)).containsExactly(written);
      assertThat(dataset.reuseFilesOf(written.repository())).containsExactly(written);
    }
  }
}
