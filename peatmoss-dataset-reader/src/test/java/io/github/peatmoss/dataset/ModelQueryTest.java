package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each filter, order, limit and lookup choice of a {@link ModelQuery}, on a file the writer made with models
 * that differ in exactly the field a filter reads, and the models read back equal to the ones written.
 */
class ModelQueryTest {
  @TempDir
  static Path tmp;

  private static Path file;

  /** Every field set, each lookup with two values, so an order or a dropped value shows. */
  static final Model FULL = Model.builder()
      .id(ModelId.of("acme-ai/full"))
      .hub(ModelHub.HUGGING_FACE)
      .sha("0123456789abcdef0123456789abcdef01234567")
      .repoUrl("https://huggingface.co/acme-ai/full")
      .downloads(500)
      .likes(7)
      .hasSnapshot(true)
      .addAuthors("acme-ai", "jo")
      .addLicenses("apache-2.0", "mit")
      .addTags("fill-mask", "bert")
      .addDatasets(
          Dataset.builder()
              .name("wikitext")
              .url("https://huggingface.co/datasets/wikitext")
              .build(),
          Dataset.builder().name("c4").build())
      .addPapers(
          Paper.builder().title("BERT").url("https://arxiv.org/abs/1810.04805").build(),
          Paper.builder().title("No link").build())
      .addLanguages(
          Language.builder().name("English").abbreviation("en").build(),
          Language.builder().name("Klingon").build())
      .addArchitectures("BertForMaskedLM", "BertModel")
      .addFrameworks("pytorch", "jax")
      .addLibraries("transformers", "safetensors")
      .addDomains("natural-language-processing", "audio")
      .addTasks("fill-mask", "feature-extraction")
      .build();

  /** Nothing but id and hub: no counts, no lookups. */
  static final Model BARE =
      Model.builder().id(ModelId.of("acme-ai/bare")).hub(ModelHub.HUGGING_FACE).build();

  static final Model TORCH = Model.builder()
      .id(ModelId.of("pytorch/vision/resnet50"))
      .hub(ModelHub.PYTORCH_HUB)
      .downloads(1000)
      .likes(3)
      .addLicenses("bsd-3-clause")
      .addTags("image-classification")
      .build();

  /** Exactly at the download threshold used below, with the most likes. */
  static final Model POPULAR = Model.builder()
      .id(ModelId.of("river/popular"))
      .hub(ModelHub.HUGGING_FACE)
      .downloads(499)
      .likes(90)
      .addAuthors("river")
      .addLicenses("mit")
      .addTags("bert")
      .addDatasets(Dataset.builder().name("c4").build())
      .addLanguages(Language.builder().name("German").abbreviation("de").build())
      .addArchitectures("GPT2")
      .addFrameworks("jax")
      .addLibraries("diffusers")
      .build();

  @BeforeAll
  static void write() {
    file = tmp.resolve("query.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> List.of(FULL, BARE, TORCH, POPULAR).forEach(b::upsertModel));
    }
  }

  private static List<String> ids(UnaryOperator<ModelQuery.Builder> query) {
    try (PeatmossDataset dataset = PeatmossDataset.open(file);
        Stream<Model> models =
            dataset.streamModels(query.apply(ModelQuery.builder()).build())) {
      return models.map(m -> m.id().value()).toList();
    }
  }

  @Test
  void readModels_equalTheModelsWritten() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      try (Stream<Model> all = dataset.streamModels(ModelQuery.all())) {
        assertThat(all).containsExactly(FULL, BARE, TORCH, POPULAR);
      }
      assertThat(dataset.listModels(ModelQuery.builder().limit(4).build()))
          .containsExactly(FULL, BARE, TORCH, POPULAR);
      assertThat((long) dataset.withModels(ModelQuery.all(), Stream::count)).isEqualTo(4L);
      assertThatThrownBy(() -> dataset.listModels(ModelQuery.all()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("listModels needs a query with a limit; use streamModels(..) to read every"
              + " matching model");
      assertThat(dataset.findModel(FULL.id())).hasValue(FULL);
      assertThat(dataset.findModel(BARE.id())).hasValue(BARE);
      assertThat(dataset.findModel(TORCH.id())).hasValue(TORCH);
      assertThat(dataset.findModel(ModelId.of("acme-ai/absent"))).isEmpty();
    }
  }

  @Test
  void eachLookupFilter_keepsExactlyTheModelsWithThatValue() {
    assertThat(ids(q -> q.license("mit"))).containsExactly("acme-ai/full", "river/popular");
    assertThat(ids(q -> q.license("apache-2.0"))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.license("MIT"))).as("names match exactly as stored").isEmpty();
    assertThat(ids(q -> q.tag("bert"))).containsExactly("acme-ai/full", "river/popular");
    assertThat(ids(q -> q.tag("image-classification"))).containsExactly("pytorch/vision/resnet50");
    assertThat(ids(q -> q.library("diffusers"))).containsExactly("river/popular");
    assertThat(ids(q -> q.author("jo"))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.framework("jax"))).containsExactly("acme-ai/full", "river/popular");
    assertThat(ids(q -> q.framework("pytorch"))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.architecture("GPT2"))).containsExactly("river/popular");
    assertThat(ids(q -> q.dataset("c4"))).containsExactly("acme-ai/full", "river/popular");
    assertThat(ids(q -> q.dataset("wikitext"))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.language("German"))).containsExactly("river/popular");
    assertThat(ids(q -> q.language("Klingon"))).containsExactly("acme-ai/full");
  }

  @Test
  void hubFilter_keepsThatHubsModels() {
    assertThat(ids(q -> q.hub("PyTorch"))).containsExactly("pytorch/vision/resnet50");
    assertThat(ids(q -> q.hub("HuggingFace")))
        .containsExactly("acme-ai/full", "acme-ai/bare", "river/popular");
  }

  @Test
  void minDownloads_isInclusive_andLeavesOutModelsWithoutACount() {
    assertThat(ids(q -> q.minDownloads(500)))
        .containsExactly("acme-ai/full", "pytorch/vision/resnet50");
    assertThat(ids(q -> q.minDownloads(499)))
        .containsExactly("acme-ai/full", "pytorch/vision/resnet50", "river/popular");
    assertThat(ids(q -> q.minDownloads(1001))).isEmpty();
    assertThat(ids(q -> q.minDownloads(0))).doesNotContain("acme-ai/bare").hasSize(3);
  }

  @Test
  void filters_combineWithAnd() {
    assertThat(ids(q -> q.license("mit").minDownloads(500))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.tag("bert").author("river"))).containsExactly("river/popular");
    assertThat(ids(q -> q.tag("bert").hub("PyTorch"))).isEmpty();
  }

  @Test
  void orders_putTheMostFirst_andModelsWithoutACountLast() {
    assertThat(ids(q -> q.order(ModelQuery.Order.DOWNLOADS_DESC)))
        .containsExactly(
            "pytorch/vision/resnet50", "acme-ai/full", "river/popular", "acme-ai/bare");
    assertThat(ids(q -> q.order(ModelQuery.Order.LIKES_DESC)))
        .containsExactly(
            "river/popular", "acme-ai/full", "pytorch/vision/resnet50", "acme-ai/bare");
    assertThat(ids(q -> q.order(ModelQuery.Order.ROW_ID)))
        .containsExactly(
            "acme-ai/full", "acme-ai/bare", "pytorch/vision/resnet50", "river/popular");
  }

  @Test
  void limit_cutsAfterOrderAndFilter() {
    assertThat(ids(q -> q.limit(2).order(ModelQuery.Order.DOWNLOADS_DESC)))
        .containsExactly("pytorch/vision/resnet50", "acme-ai/full");
    assertThat(ids(q -> q.limit(1).license("mit"))).containsExactly("acme-ai/full");
    assertThat(ids(q -> q.limit(0))).isEmpty();
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.listModels(ModelQuery.topByDownloads(1)))
          .extracting(m -> m.id().value())
          .containsExactly("pytorch/vision/resnet50");
    }
  }

  @Test
  void aNegativeLimit_isRefused() {
    assertThatThrownBy(() -> ModelQuery.builder().limit(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be >= 0: -1");
    assertThat(ModelQuery.builder().limit(0).build().limit()).hasValue(0);
  }

  @Test
  void lookups_loadOnlyTheKindsAsked() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      Model licensesOnly = dataset
          .listModels(
              ModelQuery.builder().addLookups(LookupKind.LICENSE).limit(1).build())
          .get(0);
      assertThat(licensesOnly)
          .isEqualTo(Model.builder()
              .from(FULL)
              .authors(List.of())
              .tags(List.of())
              .datasets(List.of())
              .papers(List.of())
              .languages(List.of())
              .architectures(List.of())
              .frameworks(List.of())
              .libraries(List.of())
              .domains(List.of())
              .tasks(List.of())
              .build());
      Model tagsAndTasks = dataset
          .listModels(ModelQuery.builder()
              .addLookups(LookupKind.TAG, LookupKind.TASK)
              .limit(1)
              .build())
          .get(0);
      assertThat(tagsAndTasks.tags()).containsExactly("fill-mask", "bert");
      assertThat(tagsAndTasks.tasks()).containsExactly("fill-mask", "feature-extraction");
      assertThat(tagsAndTasks.licenses()).isEmpty();
    }
  }

  @Test
  void effectiveLookups_emptyMeansAll() {
    assertThat(ModelQuery.all().effectiveLookups()).containsExactlyInAnyOrder(LookupKind.values());
    assertThat(ModelQuery.builder().addLookups(LookupKind.PAPER).build().effectiveLookups())
        .containsExactly(LookupKind.PAPER);
    assertThat(ModelQuery.topByDownloads(3).toBuilder().build())
        .isEqualTo(
            ModelQuery.builder().order(ModelQuery.Order.DOWNLOADS_DESC).limit(3).build());
  }
}
