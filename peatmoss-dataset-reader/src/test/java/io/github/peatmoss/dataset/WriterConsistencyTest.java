package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseLink;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer keeps the rows it has met in caches and queues junction rows per table; neither may change what
 * ends up in the file: rows a rolled-back batch created are created again, hubs are stored as their URLs allow,
 * and a batch that mixes statements on one table keeps every row.
 */
class WriterConsistencyTest {
  @TempDir
  Path tmp;

  private static final ModelId A = ModelId.of("acme-ai/a");
  private static final ModelId B = ModelId.of("acme-ai/b");
  private static final ModelId C = ModelId.of("acme-ai/c");
  private static final RepoRef REPO = RepoRef.of("river-dev", "chat-ui");
  private static final ModelHub KAGGLE =
      ModelHub.builder().name("Kaggle").url("https://kaggle.example/").build();

  private static <T> Extracted<T> llm(T value) {
    return Extracted.of(value, Provenance.LLM);
  }

  @Test
  void rowsCreatedInARolledBackBatch_areCreatedAgainByTheNextOne() {
    Path file = tmp.resolve("w.db");
    Model a =
        Model.builder().id(A).hub(KAGGLE).addLicense("mit").addTag("fill-mask").build();
    ReuseLink link = ReuseLink.builder().model(A).repository(REPO).build();
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      assertThatThrownBy(() -> writer.write(b -> {
            b.upsertModel(a);
            b.upsertReuseLink(link);
            throw new IllegalStateException("crawler failed");
          }))
          .hasMessage("crawler failed");
      writer.write(b -> {
        b.upsertReuseLink(link);
        b.upsertModel(a);
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(A)).hasValue(a);
      assertThat(dataset.reuseLinksOf(A)).containsExactly(link);
      assertThat(dataset.findReuseRepository(REPO)).isPresent();
    }
  }

  @Test
  void hubs_areStoredOnce_withTheirUrlUnlessAnotherHubHasIt() {
    Path file = tmp.resolve("w.db");
    ModelHub mirror = ModelHub.builder()
        .name("HF-mirror")
        .url(ModelHub.HUGGING_FACE.url().orElseThrow())
        .build();
    ModelHub bare = ModelHub.builder().name("Bare").build();
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModel(Model.builder().id(A).hub(KAGGLE).build());
        b.upsertModel(Model.builder().id(B).hub(mirror).build());
      });
    }
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModel(Model.builder().id(C).hub(KAGGLE).build());
        b.upsertModel(Model.builder().id(ModelId.of("acme-ai/d")).hub(bare).build());
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(A).orElseThrow().hub()).isEqualTo(KAGGLE);
      assertThat(dataset.findModel(C).orElseThrow().hub()).isEqualTo(KAGGLE);
      assertThat(dataset.findModel(B).orElseThrow().hub())
          .as("UNIQUE(url): the mirror is stored without Hugging Face's URL")
          .isEqualTo(ModelHub.builder().name("HF-mirror").build());
      assertThat(dataset.findModel(ModelId.of("acme-ai/d")).orElseThrow().hub()).isEqualTo(bare);
      assertThat(dataset.tableCounts()).containsEntry("model_hub", 5L);
    }
  }

  @Test
  void aBatchMixingStatementsOnOneJunction_keepsEveryRow() {
    Path file = tmp.resolve("w.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModel(
            Model.builder().id(A).hub(ModelHub.HUGGING_FACE).addLicense("mit").build());
        b.upsertExtractedMetadata(
            ExtractedMetadata.builder().model(B).license(llm("apache-2.0")).build());
        b.upsertModel(Model.builder()
            .id(C)
            .hub(ModelHub.HUGGING_FACE)
            .addLicense("gpl-3.0")
            .build());
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findModel(A).orElseThrow().licenses()).containsExactly("mit");
      assertThat(dataset.findModel(B).orElseThrow().licenses())
          .as("an extracted license is added to the model's")
          .containsExactly("apache-2.0");
      assertThat(dataset.findModel(C).orElseThrow().licenses()).containsExactly("gpl-3.0");
    }
  }

  @Test
  void extractedBaseModels_keepEachFreeTextOne_andEachModelInTheFileOnce() {
    Path file = tmp.resolve("w.db");
    BaseModel inFile = BaseModel.builder().name(A.value()).id(A).build();
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModel(Model.builder().id(A).hub(ModelHub.HUGGING_FACE).build());
        b.upsertExtractedMetadata(ExtractedMetadata.builder()
            .model(B)
            .addBaseModel(llm(inFile))
            .addBaseModel(llm(BaseModel.builder().name("an in-house checkpoint").build()))
            .addBaseModel(
                llm(inFile.toBuilder().url("https://huggingface.co/acme-ai/a").build()))
            .addBaseModel(
                llm(BaseModel.builder().name("another in-house checkpoint").build()))
            .build());
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findExtractedMetadata(B).orElseThrow().baseModels())
          .extracting(e -> e.value().name())
          .containsExactly(A.value(), "an in-house checkpoint", "another in-house checkpoint");
    }
  }
}
