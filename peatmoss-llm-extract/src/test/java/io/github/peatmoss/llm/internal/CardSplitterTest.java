package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.llm.PeatmossField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What of a card is sent for which open fields. */
class CardSplitterTest {
  private static final CardSplitter SPLITTER = CardSplitter.forModel("gpt-4-turbo");
  private static final String CARD = String.join(
      "\n",
      "---",
      "license: mit",
      "---",
      "# tiny-classifier",
      "",
      "A classifier of support tickets.",
      "",
      "## How to use",
      "",
      "Load it with the pipeline.",
      "",
      "```python",
      "from transformers import pipeline",
      "clf = pipeline('text-classification', model='acme/tiny-classifier')",
      "```",
      "",
      "The tokenizer is shared with the base model. Nothing else here matters.",
      "",
      "## Results",
      "",
      "| metric | value |",
      "|---|---|",
      "| accuracy | 0.91 |",
      "",
      "## Training",
      "",
      "Trained with a learning rate of 2e-5 for 3 epochs.",
      "");

  private static String sent(Set<PeatmossField> asked) {
    return String.join("\n\n", SPLITTER.relevantSections(CardText.of(CARD), asked));
  }

  @Test
  void code_isSentOnlyWhenADemoIsAsked() {
    assertThat(sent(EnumSet.of(PeatmossField.DEMO))).contains("pipeline('text-classification'");
    assertThat(sent(EnumSet.of(PeatmossField.HYPER_PARAMETERS, PeatmossField.EVALUATION)))
        .doesNotContain("from transformers");
  }

  @Test
  void tables_areSentOnlyForFieldsStatedInTables() {
    assertThat(sent(EnumSet.of(PeatmossField.EVALUATION))).contains("| accuracy | 0.91 |");
    assertThat(sent(EnumSet.of(PeatmossField.DEMO))).doesNotContain("accuracy");
  }

  @Test
  void outsideANamedSection_onlyTheMatchingSentencesAreSent() {
    String text = sent(EnumSet.of(PeatmossField.INPUT_FORMAT));
    assertThat(text)
        .contains("The tokenizer is shared with the base model.")
        .doesNotContain("Nothing else here matters")
        .doesNotContain("license: mit");
  }

  @Test
  void aSectionNamedForAnAskedField_isSentWhole() {
    assertThat(sent(EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .contains("## Training\n\nTrained with a learning rate of 2e-5 for 3 epochs.");
  }

  @Test
  void noSectionIsLongerThanTheCap_andRepeatedParagraphsAreSentOnce() {
    StringBuilder card = new StringBuilder("# m\n\n## Training\n\n");
    for (int i = 0; i < 200; i++) {
      card.append("Step ").append(i).append(": learning rate 1e-4, batch size 32.\n\n");
    }
    card.append("## Evaluation\n\nAccuracy 0.9 on the test set.\n\n");
    card.append("## Notes\n\nAccuracy 0.9 on the test set.\n");
    List<String> sections = SPLITTER.relevantSections(
        CardText.of(card.toString()),
        EnumSet.of(PeatmossField.HYPER_PARAMETERS, PeatmossField.EVALUATION));
    assertThat(sections)
        .allSatisfy(
            s -> assertThat(SPLITTER.count(s)).isLessThanOrEqualTo(CardSplitter.SECTION_CAP));
    assertThat(String.join("\n", sections)).containsOnlyOnce("Accuracy 0.9 on the test set.");
  }
}
