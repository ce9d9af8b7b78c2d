package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelCardsTest {
  @Test
  void parse_simpleCard_readsMetadataModelIndexBodyAndOutline() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/simple.md"));

    assertThat(card.hasMetadata()).isTrue();
    assertThat(card.languages()).containsExactly("en", "de");
    assertThat(card.licenses()).containsExactly("apache-2.0");
    assertThat(card.tags()).containsExactly("sentiment", "text-classification");
    assertThat(card.baseModels()).containsExactly("acme-labs/tiny-bert");
    assertThat(card.libraryName()).hasValue("transformers");
    assertThat(card.pipelineTag()).hasValue("text-classification");
    assertThat(card.warnings()).isEmpty();
    assertThat(card.evalResults()).hasSize(2);
    EvalResult accuracy = card.evalResults().get(0);
    assertThat(accuracy.modelName()).hasValue("tiny-bert-sentiment");
    assertThat(accuracy.taskType()).isEqualTo("text-classification");
    assertThat(accuracy.taskName()).hasValue("Sentiment Analysis");
    assertThat(accuracy.datasetName()).isEqualTo("IMDb");
    assertThat(accuracy.datasetConfig()).hasValue("plain_text");
    assertThat(accuracy.datasetSplit()).hasValue("test");
    assertThat(accuracy.datasetRevision()).hasValue("3a6e7c1");
    assertThat(accuracy.metricValue()).isEqualTo("0.912");
    assertThat(accuracy.metricName()).hasValue("Test Accuracy");
    assertThat(accuracy.verified()).hasValue(true);
    assertThat(accuracy.sourceUrl()).hasValue("https://example.org/leaderboard");
    assertThat(accuracy.toEvaluationMetric().test()).isEqualTo("Test Accuracy");
    assertThat(card.evalResults().get(1).metricType()).isEqualTo("f1");

    assertThat(card.body())
        .startsWith("\n# Tiny BERT for sentiment")
        .contains("The rule below is not front matter");
    assertThat(card.sections())
        .extracting(CardSection::title)
        .containsExactly(
            "Tiny BERT for sentiment", "Model Details", "Model Description", "Training");
    assertThat(card.sections()).extracting(CardSection::level).containsExactly(1, 2, 3, 2);
    assertThat(card.body().split("\n", -1)[card.sections().get(0).line() - 1])
        .isEqualTo("# Tiny BERT for sentiment");
  }

  @Test
  void parse_crlfLineEnds_areAccepted() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/crlf.md"));
    assertThat(card.hasMetadata()).isTrue();
    assertThat(card.languages()).containsExactly("fr");
    assertThat(card.licenses()).containsExactly("mit");
    assertThat(card.tags()).containsExactly("crlf");
    assertThat(card.sections()).extracting(CardSection::title).containsExactly("Windows card");
  }

  @Test
  void parse_leadingBlankLine_scalarsForLists_andInvalidLicense_areLenient() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/leading-whitespace-invalid-license.md"));
    assertThat(card.hasMetadata()).isTrue();
    assertThat(card.languages()).containsExactly("en");
    assertThat(card.datasets()).containsExactly("http://www.statmt.org/wmt19/");
    assertThat(card.metrics()).containsExactly("bleu");
    assertThat(card.licenses()).containsExactly("Apache 2.0");
    assertThat(card.metadata()).doesNotContainKey("thumbnail");
    assertThat(card.warnings())
        .containsExactly("license 'Apache 2.0' is not a Hub license id; kept as written");
  }

  @Test
  void parse_twoBlocks_onlyTheFirstCounts() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/two-blocks.md"));
    assertThat(card.licenses()).containsExactly("mit");
    assertThat(card.languages()).containsExactly("code");
    assertThat(card.tags()).isEmpty();
    assertThat(card.body()).contains("any valid license identifier");
    assertThat(card.warnings()).anyMatch(w -> w.contains("second front-matter block"));
  }

  @Test
  void parse_shortOpener_hasNoMetadata_andSaysWhy() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/short-opener.md"));
    assertThat(card.hasMetadata()).isFalse();
    assertThat(card.languages()).isEmpty();
    assertThat(card.warnings()).anyMatch(w -> w.contains("'--' instead of '---'"));
  }

  @Test
  void parse_noFrontMatter_keepsWholeTextAsBody() {
    String text = Fixtures.read("cards/no-metadata.md");
    ModelCard card = ModelCards.parse(text);
    assertThat(card.hasMetadata()).isFalse();
    assertThat(card.metadata()).isEmpty();
    assertThat(card.body()).isEqualTo(text);
    assertThat(card.warnings()).isEmpty();
    assertThat(card.sections()).extracting(CardSection::title).containsExactly("opus model af-en");
  }

  @Test
  void parse_invalidModelIndex_dropsBadResultsKeepsGoodOnes() {
    ModelCard card = ModelCards.parse(Fixtures.read("cards/invalid-model-index.md"));
    assertThat(card.evalResults()).singleElement().satisfies(r -> {
      assertThat(r.datasetName()).isEqualTo("CIFAR-10");
      assertThat(r.metricValue()).isEqualTo("83.1 ± 0.4");
    });
    assertThat(card.warnings())
        .containsExactly(
            "model-index[1].results[1] lacks dataset.type; dropped",
            "model-index[1].results[2].metrics[2] lacks type; dropped");
  }

  @Test
  void parse_frontMatterNotAMapping_orNotYaml_isAWarning() {
    ModelCard list = ModelCards.parse(Fixtures.read("cards/not-a-mapping.md"));
    assertThat(list.hasMetadata()).isFalse();
    assertThat(list.warnings()).anyMatch(w -> w.contains("not a mapping"));
    ModelCard broken = ModelCards.parse(Fixtures.read("cards/bad-yaml.md"));
    assertThat(broken.hasMetadata()).isFalse();
    assertThat(broken.warnings()).anyMatch(w -> w.startsWith("front matter is not valid YAML"));
    assertThat(broken.body()).isEqualTo("Body.\n");
  }

  @Test
  void parse_aliasBomb_isRefusedWithTypedError() {
    StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("---\nbody\n");
    assertThatThrownBy(() -> ModelCards.parse(yaml.toString()))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_MANY_ALIASES))
        .hasMessageContaining("aliases");
  }

  @Test
  void parse_fewAliasesThatExpandHugely_areRefusedAsTooLarge() {
    // 2 aliases per level stay under the alias limit, but 2^24 values after expansion would not fit
    // in memory.
    StringBuilder yaml = new StringBuilder("---\nl0: &l0 [x, x]\n");
    for (int i = 1; i <= 24; i++) {
      yaml.append("l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [*l")
          .append(i - 1)
          .append(", *l")
          .append(i - 1)
          .append("]\n");
    }
    yaml.append("---\n");
    assertThatThrownBy(() -> ModelCards.parse(yaml.toString()))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_LARGE));
  }

  @Test
  void parse_deeplyNestedFlow_isRefusedAsTooDeep() {
    String yaml = "---\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\n";
    assertThatThrownBy(() -> ModelCards.parse(yaml))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_DEEP));
  }

  @Test
  void parse_deeplyNestedBlocks_isRefusedAsTooDeep() {
    StringBuilder yaml = new StringBuilder("---\n");
    for (int i = 0; i < 200; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    yaml.append(" ".repeat(200)).append("leaf: 1\n---\n");
    assertThatThrownBy(() -> ModelCards.parse(yaml.toString()))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_DEEP));
  }

  @Test
  void parse_hugeFrontMatter_isRefusedAsTooLarge() {
    String yaml =
        "---\ndescription: \"" + "a".repeat(ModelCards.MAX_CODE_POINTS + 10) + "\"\n---\n";
    assertThatThrownBy(() -> ModelCards.parse(yaml))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_LARGE));
  }

  @Test
  void parse_recursiveAlias_isRefusedNotLooped() {
    String yaml = "---\nself: &s\n  child: *s\n---\n";
    assertThatThrownBy(() -> ModelCards.parse(yaml)).isInstanceOf(ModelCardException.class);
  }

  @Test
  void parse_unclosedFrontMatterInAHugeCard_isAllBody() {
    String text = "---\nlicense: mit\n" + "line of text\n".repeat(400_000);
    ModelCard card = ModelCards.parse(text);
    assertThat(card.hasMetadata()).isFalse();
    assertThat(card.body()).isEqualTo(text);
  }

  @Test
  void parse_manyHeadings_keepsTheOutlineInOrder() {
    StringBuilder text = new StringBuilder("---\nlicense: mit\n---\n");
    for (int i = 0; i < 1_000; i++) {
      text.append("## Section ").append(i).append("\n\ntext\n\n");
    }
    ModelCard card = ModelCards.parse(text.toString());
    assertThat(card.sections()).hasSize(1_000);
    assertThat(card.sections().get(999).title()).isEqualTo("Section 999");
  }
}
