package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores the deterministic stage on the labelled set and checks the module README shows the same table. */
class DeterministicEvaluationTest {
  private static final CardExtractor EXTRACTOR = CardExtractor.create();

  private static ExtractedMetadata extract(LabelledSet.Card card) {
    return EXTRACTOR
        .extract(ModelId.of("eval/" + card.name().replace(".md", "")), card.markdown())
        .metadata();
  }

  @Test
  void everyCardLabelsEveryField() {
    List<LabelledSet.Card> cards = LabelledSet.load();
    assertThat(cards).hasSizeGreaterThanOrEqualTo(40);
    for (LabelledSet.Card card : cards) {
      for (PeatmossField f : PeatmossField.values()) {
        assertThat(card.labels().has(f.jsonName()))
            .as(card.name() + " labels " + f.jsonName())
            .isTrue();
      }
      assertThat(card.labels().size()).as(card.name()).isEqualTo(PeatmossField.values().length);
    }
  }

  @Test
  void yamlStatedLicenseDatasetsAndBaseModel_atLeast095() {
    List<LabelledSet.Card> cards = LabelledSet.load();
    LabelledSet.Score license = LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().licenses().isEmpty())
        .get(PeatmossField.LICENSE);
    LabelledSet.Score datasets = LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().datasets().isEmpty())
        .get(PeatmossField.DATASETS);
    LabelledSet.Score base = LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().baseModels().isEmpty())
        .get(PeatmossField.BASE_MODEL);
    for (LabelledSet.Score s : List.of(license, datasets, base)) {
      assertThat(s.cardsWithValue).isGreaterThanOrEqualTo(10);
      assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
      assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void moduleReadmeShowsTheMeasuredTable() throws Exception {
    List<LabelledSet.Card> cards = LabelledSet.load();
    Map<PeatmossField, LabelledSet.Score> all =
        LabelledSet.score(cards, DeterministicEvaluationTest::extract, c -> true);
    String table = LabelledSet.table(
        all,
        LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().licenses().isEmpty()),
        LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().datasets().isEmpty()),
        LabelledSet.score(
            cards,
            DeterministicEvaluationTest::extract,
            c -> !c.parsed().baseModels().isEmpty()),
        cards.size());
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .as("peatmoss-llm-extract/README.md must hold this table:\n" + table)
        .contains(table);
  }
}
