package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseLink;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reader on databases created from the published R1 DDL and R2 dump, with rows shaped like the released ones. */
class PublishedSchemaReaderTest {
  private static final ModelId TINY_BERT = ModelId.of("acme-ai/tiny-bert");
  private static final ModelId RESNET = ModelId.of("pyvision/models/resnet18");

  @TempDir
  Path tmp;

  private Path create(SchemaVersion version) {
    Path file = tmp.resolve(version + ".db");
    return version == SchemaVersion.R1 ? TestDatabases.r1(file) : TestDatabases.r2(file);
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void open_detectsSchemaGeneration(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      assertThat(dataset.schema()).isEqualTo(version);
      assertThat(dataset.tables()).hasSize(version == SchemaVersion.R1 ? 56 : 76);
      assertThat(dataset.tableCounts())
          .containsEntry("model", 6L)
          .containsEntry("model_to_reuse_repository", 4L);
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void findModel_whenContextIdLooksNumeric_readsTheNameBackAndNullsAsAbsent(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      Model model = dataset.findModel(ModelId.of("12345")).orElseThrow();
      assertThat(model.id().value()).isEqualTo("12345");
      assertThat(model.hub()).isEqualTo(ModelHub.HUGGING_FACE);
      assertThat(model.downloads()).isEmpty();
      assertThat(model.sha()).isEmpty();
      assertThat(model.hasSnapshot()).isFalse();
      assertThat(dataset.findModel(ModelId.of("1234"))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void findModel_returnsLookupsAndSkipsNullNames(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      Model model = dataset.findModel(TINY_BERT).orElseThrow();
      assertThat(model.downloads()).hasValue(120_000);
      assertThat(model.likes()).hasValue(42);
      assertThat(model.hasSnapshot()).isTrue();
      assertThat(model.authors()).containsExactly("acme-ai");
      assertThat(model.licenses()).containsExactly("gpl-3.0");
      assertThat(model.tags()).containsExactly("fill-mask", "text-classification");
      assertThat(model.libraries()).containsExactly("transformers");
      assertThat(model.frameworks()).containsExactly("bert");
      assertThat(model.architectures()).containsExactly("BertForMaskedLM");
      assertThat(model.languages())
          .extracting(l -> l.abbreviation().orElseThrow())
          .containsExactly("en");
      if (version == SchemaVersion.R1) {
        assertThat(model.papers())
            .containsExactly(
                Paper.builder().title("https://arxiv.org/abs/1810.04805").build());
        assertThat(model.datasets())
            .containsExactly(Dataset.builder().name("wikitext").build());
        assertThat(model.domains()).isEmpty();
      } else {
        assertThat(model.papers())
            .extracting(Paper::url)
            .containsExactly(java.util.Optional.of("https://arxiv.org/abs/1810.04805"));
        assertThat(model.datasets().get(0).url())
            .hasValue("https://huggingface.co/datasets/wikitext");
        assertThat(model.domains()).containsExactly("natural-language-processing");
        assertThat(model.tasks()).containsExactly("fill-mask");
      }
      Model legacy = dataset.findModel(ModelId.of("bert-tiny-legacy")).orElseThrow();
      assertThat(legacy.authors()).isEmpty();
      assertThat(legacy.tags()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void streamModels_filtersOrdersAndLimits(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      try (Stream<Model> models =
          dataset.streamModels(ModelQuery.builder().license("mit").build())) {
        assertThat(models).extracting(m -> m.id().value()).containsExactly("lumen-labs/vit-small");
      }
      assertThat(dataset.listModels(ModelQuery.topByDownloads(2)))
          .extracting(m -> m.id().value())
          .containsExactly("acme-ai/tiny-bert", "bert-tiny-legacy");
      try (Stream<Model> models =
          dataset.streamModels(ModelQuery.builder().hub("PyTorch").build())) {
        assertThat(models).singleElement().satisfies(m -> {
          assertThat(m.id()).isEqualTo(RESNET);
          assertThat(m.hub()).isEqualTo(ModelHub.PYTORCH_HUB);
          assertThat(m.licenses()).containsExactly("bsd-3-clause");
        });
      }
      try (Stream<Model> models = dataset.streamModels(
          ModelQuery.builder().tag("fill-mask").addLookup(LookupKind.TAG).build())) {
        assertThat(models).singleElement().satisfies(m -> {
          assertThat(m.tags()).containsExactly("fill-mask", "text-classification");
          assertThat(m.licenses()).isEmpty();
        });
      }
      long count = dataset.withModels(ModelQuery.all(), Stream::count);
      assertThat(count).isEqualTo(5);
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void activity_readsHubHistoryWithPlaceholderDatesAsUnknown(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      List<HfCommit> commits = dataset.commitsOf(TINY_BERT);
      assertThat(commits).extracting(HfCommit::commitId).containsExactly("c0ffee01", "c0ffee02");
      assertThat(commits.get(0).createdAt()).isEmpty();
      assertThat(commits.get(1).createdAt()).hasValue(Instant.parse("2023-05-01T12:00:00Z"));
      assertThat(commits.get(1).authors()).containsExactly("acme-ai");
      assertThat(dataset.gitRefsOf(TINY_BERT))
          .extracting(GitRef::kind, GitRef::name)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(GitRef.Kind.BRANCH, "main"),
              org.assertj.core.groups.Tuple.tuple(GitRef.Kind.TAG, "v1"));
      List<Discussion> discussions = dataset.discussionsOf(TINY_BERT);
      assertThat(discussions).extracting(Discussion::num).containsExactly(1, 3);
      assertThat(discussions.get(0).createdAt()).isEmpty();
      Discussion pr = discussions.get(1);
      assertThat(pr.isPullRequest()).isTrue();
      assertThat(pr.authors()).containsExactly("acme-ai");
      assertThat(pr.conflictingFiles()).containsExactly("model.safetensors");
      assertThat(pr.events()).hasSize(2);
      assertThat(pr.events().get(0).isEdited()).isTrue();
      assertThat(pr.events().get(1).newStatus()).hasValue("merged");
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void github_readsIssuesAndPullRequestsOfModelsAndRepositories(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      GitHubIssue issue = dataset.issuesOf(RESNET).get(0);
      assertThat(issue.number()).hasValue(7);
      assertThat(issue.isClosed()).isTrue();
      assertThat(issue.author()).hasValue("reporter");
      assertThat(issue.assignees()).containsExactly("maintainer");
      assertThat(issue.labels()).containsExactly("bug");
      assertThat(issue.comments())
          .singleElement()
          .satisfies(c -> assertThat(c.author()).hasValue("maintainer"));
      GitHubPullRequest pr = dataset.pullRequestsOf(RESNET).get(0);
      assertThat(pr.mergedBy()).hasValue("maintainer");
      assertThat(pr.isCrossRepository()).isTrue();
      assertThat(pr.files())
          .singleElement()
          .satisfies(f -> assertThat(f.path()).isEqualTo("hubconf.py"));
      assertThat(dataset.issuesOf(RepoRef.of("river-dev", "chat-ui")))
          .extracting(GitHubIssue::title)
          .containsExactly(java.util.Optional.of("Upgrade model"));
      assertThat(dataset.issuesOf(TINY_BERT)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void reuse_readsLinksInBothDirectionsAndFiles(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      assertThat(dataset.reuseLinksOf(TINY_BERT))
          .extracting(ReuseLink::repository)
          .containsExactly(
              RepoRef.of("river-dev", "chat-ui"), RepoRef.of("okapi-tools", "search-api"));
      assertThat(dataset.reuseLinksOf(RepoRef.of("river-dev", "chat-ui")))
          .extracting(ReuseLink::model)
          .containsExactly(RESNET, TINY_BERT);
      assertThat(dataset.reuseFilesOf(TINY_BERT)).hasSize(2);
      assertThat(dataset.reuseFilesOf(RepoRef.of("okapi-tools", "search-api")))
          .singleElement()
          .satisfies(f -> assertThat(f.path()).endsWith("src/embed.py"));
      try (Stream<ReuseLink> links = dataset.streamReuseLinks()) {
        assertThat(links).hasSize(3);
      }
      assertThat(dataset.reuseRepositoriesOf(TINY_BERT))
          .extracting(r -> r.repository().fullName())
          .containsExactly("river-dev/chat-ui", "okapi-tools/search-api");
      assertThat(dataset.reuseRepositoriesOf(TINY_BERT).get(0).licenses())
          .isEqualTo(version == SchemaVersion.R2 ? List.of("MIT") : List.of());
      assertThat(dataset.modelsReusedBy(RepoRef.of("river-dev", "chat-ui")))
          .extracting(Model::id)
          .containsExactly(RESNET, TINY_BERT);
      assertThat(
              dataset.modelsReusedBy(RepoRef.of("river-dev", "chat-ui")).get(1).licenses())
          .containsExactly("gpl-3.0");
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void streamReuseLinks_rowWithoutModelId_isRecordedOnceWithItsReason(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      assertThat(dataset.skippedRowCount()).isZero();
      try (Stream<ReuseLink> links = dataset.streamReuseLinks()) {
        assertThat(links).hasSize(3);
      }
      try (Stream<ReuseLink> again = dataset.streamReuseLinks()) {
        assertThat(again).hasSize(3);
      }
      assertThat(dataset.skippedRowCount()).isEqualTo(1);
      assertThat(dataset.skippedRows()).singleElement().satisfies(skip -> {
        assertThat(skip.table()).isEqualTo("model");
        assertThat(skip.rowId()).isEqualTo(6);
        assertThat(skip.reason())
            .contains("model row 6 has no context_id (NULL)")
            .contains("streamTable(\"model\")");
      });
    }
  }

  @Test
  void streamLicensedReuseLinks_onR2_pairsModelAndRepositoryLicenses() {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(SchemaVersion.R2));
        Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
      Map<String, LicensedReuseLink> byPair =
          links.collect(Collectors.toMap(l -> l.model() + " -> " + l.repository(), l -> l));
      assertThat(byPair).hasSize(3);
      LicensedReuseLink gplInMit = byPair.get("acme-ai/tiny-bert -> river-dev/chat-ui");
      assertThat(gplInMit.modelLicenses()).containsExactly("gpl-3.0");
      assertThat(gplInMit.repositoryLicenses()).containsExactly("MIT");
      assertThat(byPair.get("acme-ai/tiny-bert -> okapi-tools/search-api").repositoryLicenses())
          .containsExactly("GPL-2.0-only");
    }
  }

  @Test
  void findExtractedMetadata_onR2_readsEveryTableAndRepeatedRowsOnce() {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(SchemaVersion.R2))) {
      ExtractedMetadata metadata = dataset.findExtractedMetadata(TINY_BERT).orElseThrow();
      assertThat(metadata.parameterCount().orElseThrow().value()).isEqualTo(4_400_000L);
      assertThat(metadata.carbonEmittedGrams().orElseThrow().value()).isEqualTo(150.0);
      assertThat(metadata.hardware()).singleElement().satisfies(h -> {
        assertThat(h.value().name()).isEqualTo("1x NVIDIA V100");
        assertThat(h.value().hoursUsed()).hasValue(12.0);
      });
      assertThat(metadata.domains())
          .extracting(e -> e.value())
          .containsExactly("natural-language-processing");
      assertThat(metadata.tasks()).extracting(e -> e.value()).containsExactly("fill-mask");
      assertThat(metadata.grants())
          .extracting(e -> e.value())
          .containsExactly("National Science Foundation");
      assertThat(metadata.baseModels())
          .extracting(e -> e.value().name())
          .containsExactly("bert-tiny-legacy", "some private checkpoint");
      assertThat(metadata.evaluationMetrics())
          .singleElement()
          .satisfies(e -> assertThat(e.value().dataset()).hasValue("wikitext"));
      assertThat(metadata.githubRepositories())
          .extracting(e -> e.value())
          .containsExactly(RepoRef.of("acme-ai", "tiny-bert"));
      assertThat(metadata.license().orElseThrow().value()).isEqualTo("gpl-3.0");
      assertThat(metadata.demos()).hasSize(1);
      assertThat(metadata.inputFormats()).hasSize(1);
      assertThat(metadata.outputFormats()).hasSize(1);
      assertThat(metadata.limitations()).hasSize(1);
      assertThat(metadata.hyperParameters()).hasSize(1);
      assertThat(metadata.evaluationLinks()).hasSize(1);
    }
  }

  @Test
  void findExtractedMetadata_onR2_readsEveryColumn_andRepositoriesByOwnerAndName()
      throws Exception {
    Path file = create(SchemaVersion.R2);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO github_repo (owner, name, url, model_id) VALUES"
          + " ('acme-ai', 'by-name', 'https://example.org/a/b', 2),"
          + " ('not/an owner', 'x', 'https://github.com/acme-ai/x', 2)");
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      ExtractedMetadata metadata = dataset.findExtractedMetadata(TINY_BERT).orElseThrow();
      assertThat(metadata.hardware()).singleElement().satisfies(h -> {
        assertThat(h.value().cloudProvider()).hasValue("aws");
        assertThat(h.value().computeRegion()).hasValue("us-east-1");
      });
      assertThat(metadata.baseModels())
          .extracting(e -> e.value().url())
          .containsExactly(
              java.util.Optional.of("https://huggingface.co/bert-tiny-legacy"),
              java.util.Optional.empty());
      assertThat(metadata.datasets())
          .extracting(e -> e.value())
          .containsExactly(Dataset.builder()
              .name("wikitext")
              .url("https://huggingface.co/datasets/wikitext")
              .build());
      assertThat(metadata.papers())
          .extracting(e -> e.value())
          .containsExactly(Paper.builder()
              .title("BERT: Pre-training of Deep Bidirectional Transformers")
              .url("https://arxiv.org/abs/1810.04805")
              .build());
      assertThat(metadata.githubRepositories())
          .extracting(e -> e.value())
          .containsExactly(RepoRef.of("acme-ai", "tiny-bert"), RepoRef.of("acme-ai", "by-name"));
      assertThat(metadata.languages()).extracting(e -> e.value()).containsExactly("English");
      assertThat(metadata.frameworks()).extracting(e -> e.value()).containsExactly("bert");
      assertThat(metadata.libraries()).extracting(e -> e.value()).containsExactly("transformers");
    }
  }

  @Test
  void r2Data_askedOfAnR1File_throwsUnsupportedSchema() {
    Path file = create(SchemaVersion.R1);
    String before = TestDatabases.sha256(file);
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThatThrownBy(() -> dataset.findExtractedMetadata(TINY_BERT))
          .isInstanceOf(UnsupportedSchemaException.class)
          .hasMessageContaining("LLM-extracted metadata exists only in PeaTMOSS R2")
          .hasMessageContaining("this file is R1");
      assertThatThrownBy(dataset::streamLicensedReuseLinks)
          .isInstanceOf(UnsupportedSchemaException.class)
          .hasMessageContaining("reuse_repository_to_license");
      assertThatThrownBy(() -> dataset.streamModels(
              ModelQuery.builder().addLookup(LookupKind.DOMAIN).build()))
          .isInstanceOf(UnsupportedSchemaException.class);
    }
    assertThat(TestDatabases.sha256(file)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void rowsThatAreNotModelIds_areLeftOutOfValuesButNotOfStreamTable(SchemaVersion version) {
    try (PeatmossDataset dataset = PeatmossDataset.open(create(version))) {
      try (Stream<Model> models =
          dataset.streamModels(ModelQuery.builder().hub("PyTorch").build())) {
        assertThat(models).extracting(Model::id).containsExactly(RESNET);
      }
      try (Stream<ReuseLink> links = dataset.streamReuseLinks()) {
        assertThat(links).extracting(ReuseLink::model).doesNotContainNull().hasSize(3);
      }
      assertThat(dataset.reuseLinksOf(RepoRef.of("river-dev", "chat-ui"))).hasSize(2);
      assertThat(dataset.modelsReusedBy(RepoRef.of("river-dev", "chat-ui"))).hasSize(2);
      try (Stream<Map<String, Object>> rows = dataset.streamTable("model")) {
        assertThat(rows.filter(r -> r.get("context_id") == null).map(r -> r.get("repo_url")))
            .containsExactly("github.com/nvidia-labs/DeepLearningExamples");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SchemaVersion.class)
  void readingEverything_leavesTheFileUnchanged(SchemaVersion version) {
    Path file = create(version);
    String before = TestDatabases.sha256(file);
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      dataset.tableCounts();
      for (String table : dataset.tables()) {
        try (Stream<Map<String, Object>> rows = dataset.streamTable(table)) {
          rows.forEach(row -> assertThat(row).isNotNull());
        }
      }
      try (Stream<Model> models = dataset.streamModels(ModelQuery.all())) {
        assertThat(models).hasSize(5);
      }
    }
    assertThat(TestDatabases.sha256(file)).isEqualTo(before);
  }
}
