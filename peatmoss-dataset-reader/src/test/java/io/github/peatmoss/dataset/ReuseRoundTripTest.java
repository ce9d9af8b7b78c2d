package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-then-read of reuse: repositories with their licenses, links in both directions, the files of a link,
 * and the licensed links of an audit; each query returns exactly its model's or repository's rows.
 */
class ReuseRoundTripTest {
  @TempDir
  static Path tmp;

  private static Path file;

  static final Model BERT = Model.builder()
      .id(ModelId.of("acme-ai/tiny-bert"))
      .hub(ModelHub.HUGGING_FACE)
      .downloads(10)
      .addLicenses("gpl-3.0")
      .addTags("fill-mask")
      .build();
  static final Model GPT = Model.builder()
      .id(ModelId.of("acme-ai/gpt"))
      .hub(ModelHub.HUGGING_FACE)
      .addLicenses("mit", "apache-2.0")
      .build();
  static final Model LONELY = Model.builder()
      .id(ModelId.of("acme-ai/lonely"))
      .hub(ModelHub.HUGGING_FACE)
      .build();

  static final RepoRef CHAT = RepoRef.of("river-dev", "chat-ui");
  static final RepoRef BOT = RepoRef.of("sea-dev", "bot");
  static final ReuseRepository CHAT_REPO = ReuseRepository.builder()
      .repository(CHAT)
      .url("https://github.com/river-dev/chat-ui")
      .addLicenses("MIT", "Apache-2.0")
      .build();
  static final ReuseRepository BOT_REPO = ReuseRepository.builder()
      .repository(BOT)
      .url("https://github.com/sea-dev/bot")
      .build();

  static final ReuseFile CHAT_APP = ReuseFile.builder()
      .model(BERT.id())
      .repository(CHAT)
      .path("river-dev_chat-ui/app.py")
      .build();
  static final ReuseFile CHAT_LIB = ReuseFile.builder()
      .model(BERT.id())
      .repository(CHAT)
      .path("river-dev_chat-ui/lib/model.py")
      .build();
  static final ReuseFile BOT_MAIN = ReuseFile.builder()
      .model(GPT.id())
      .repository(BOT)
      .path("sea-dev_bot/main.py")
      .build();

  @BeforeAll
  static void write() {
    file = tmp.resolve("reuse.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        List.of(BERT, GPT, LONELY).forEach(b::upsertModel);
        b.upsertReuseRepository(CHAT_REPO);
        b.upsertReuseRepository(BOT_REPO);
        b.upsertReuseFile(CHAT_APP);
        b.upsertReuseFile(CHAT_LIB);
        b.upsertReuseFile(BOT_MAIN);
        b.upsertReuseLink(link(GPT, CHAT));
        b.upsertReuseLink(link(GPT, CHAT)); // twice: one link
      });
    }
  }

  private static ReuseLink link(Model model, RepoRef repository) {
    return ReuseLink.builder().model(model.id()).repository(repository).build();
  }

  @Test
  void linksOf_aModelAndARepository_areExactlyTheirs() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.reuseLinksOf(BERT.id())).containsExactly(link(BERT, CHAT));
      assertThat(dataset.reuseLinksOf(GPT.id()))
          .containsExactlyInAnyOrder(link(GPT, BOT), link(GPT, CHAT));
      assertThat(dataset.reuseLinksOf(LONELY.id())).isEmpty();
      assertThat(dataset.reuseLinksOf(CHAT))
          .containsExactlyInAnyOrder(link(BERT, CHAT), link(GPT, CHAT));
      assertThat(dataset.reuseLinksOf(BOT)).containsExactly(link(GPT, BOT));
      try (Stream<ReuseLink> links = dataset.streamReuseLinks()) {
        assertThat(links)
            .containsExactlyInAnyOrder(link(BERT, CHAT), link(GPT, CHAT), link(GPT, BOT));
      }
      assertThat(dataset.tableCounts()).containsEntry("model_to_reuse_repository", 3L);
    }
  }

  @Test
  void repositories_readBackWithTheirLicenses() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.findReuseRepository(CHAT)).hasValue(CHAT_REPO);
      assertThat(dataset.findReuseRepository(BOT)).hasValue(BOT_REPO);
      assertThat(dataset.findReuseRepository(RepoRef.of("sea-dev", "absent"))).isEmpty();
      assertThat(dataset.reuseRepositoriesOf(GPT.id()))
          .containsExactlyInAnyOrder(CHAT_REPO, BOT_REPO);
      assertThat(dataset.reuseRepositoriesOf(BERT.id())).containsExactly(CHAT_REPO);
      assertThat(dataset.reuseRepositoriesOf(LONELY.id())).isEmpty();
      try (Stream<ReuseRepository> all = dataset.streamReuseRepositories()) {
        assertThat(all).containsExactly(CHAT_REPO, BOT_REPO);
      }
    }
  }

  @Test
  void modelsReusedBy_aRepository_areReadInFull() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.modelsReusedBy(CHAT)).containsExactlyInAnyOrder(BERT, GPT);
      assertThat(dataset.modelsReusedBy(BOT)).containsExactly(GPT);
      assertThat(dataset.modelsReusedBy(RepoRef.of("sea-dev", "absent"))).isEmpty();
    }
  }

  @Test
  void files_ofAModelAndARepository_areExactlyTheirs() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.reuseFilesOf(BERT.id())).containsExactlyInAnyOrder(CHAT_APP, CHAT_LIB);
      assertThat(dataset.reuseFilesOf(GPT.id())).containsExactly(BOT_MAIN);
      assertThat(dataset.reuseFilesOf(CHAT)).containsExactlyInAnyOrder(CHAT_APP, CHAT_LIB);
      assertThat(dataset.reuseFilesOf(BOT)).containsExactly(BOT_MAIN);
      assertThat(dataset.reuseFilesOf(LONELY.id())).isEmpty();
    }
  }

  @Test
  void licensedLinks_pairBothSidesLicenses() {
    try (PeatmossDataset dataset = PeatmossDataset.open(file);
        Stream<LicensedReuseLink> links = dataset.streamLicensedReuseLinks()) {
      assertThat(links.map(l -> l.model().value() + " " + l.modelLicenses() + " -> "
              + l.repository() + " " + l.repositoryLicenses()))
          .containsExactlyInAnyOrder(
              "acme-ai/tiny-bert [gpl-3.0] -> river-dev/chat-ui [MIT, Apache-2.0]",
              "acme-ai/gpt [mit, apache-2.0] -> river-dev/chat-ui [MIT, Apache-2.0]",
              "acme-ai/gpt [mit, apache-2.0] -> sea-dev/bot []");
    }
  }

  @Test
  void aRepositoryWrittenAgain_replacesItsLicensesAndUrl() {
    Path again = tmp.resolve("again.db");
    ReuseRepository changed = CHAT_REPO.toBuilder()
        .url("https://github.com/river-dev/chat")
        .licenses(List.of("GPL-2.0-only"))
        .build();
    try (PeatmossWriter writer = PeatmossWriter.open(again)) {
      writer.write(b -> b.upsertReuseRepository(CHAT_REPO));
      writer.write(b -> b.upsertReuseRepository(changed));
      writer.write(b -> b.upsertReuseRepository(
          ReuseRepository.builder().repository(CHAT).addLicenses("GPL-2.0-only").build()));
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(again)) {
      assertThat(dataset.findReuseRepository(CHAT))
          .as("no url keeps the stored one")
          .hasValue(changed);
      assertThat(dataset.tableCounts())
          .containsEntry("reuse_repository", 1L)
          .containsEntry("reuse_repository_to_license", 1L);
    }
  }
}
