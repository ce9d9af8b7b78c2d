package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import io.github.peatmoss.llm.PeatmossField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokenizer counts, what is dropped or cut (code, tables, sections), and how chunks are packed. */
class CardSplitterLimitsTest {
  private static final CardSplitter SPLITTER = CardSplitter.forModel("gpt-4-turbo");
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  private static final String CYRILLIC = "Привет, как дела? Это модель.";

  /** Returns {@code n} words of one token each. */
  private static String words(String word, int n) {
    String text = word + (" " + word).repeat(n - 1);
    assertThat(SPLITTER.count(text)).isEqualTo(n);
    return text;
  }

  private static List<String> sent(String card, Set<PeatmossField> asked) {
    return SPLITTER.relevantSections(CardText.of(card), asked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4o-mini", "GPT-4.1", "gpt-5", "o1-preview", "o3-mini", "o4-mini"})
  void newerModels_countWithO200k(String model) {
    int o200k = REGISTRY.getEncoding(EncodingType.O200K_BASE).countTokensOrdinary(CYRILLIC);
    assertThat(CardSplitter.forModel(model).count(CYRILLIC)).isEqualTo(o200k);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4-turbo", "gpt-3.5-turbo", "o2"})
  void olderModels_countWithCl100k(String model) {
    int cl100k = REGISTRY.getEncoding(EncodingType.CL100K_BASE).countTokensOrdinary(CYRILLIC);
    assertThat(CardSplitter.forModel(model).count(CYRILLIC))
        .isEqualTo(cl100k)
        .isNotEqualTo(CardSplitter.forModel("gpt-4o").count(CYRILLIC));
  }

  @Test
  void onlyTheFirstCodeBlockIsSent_fencedWithBackticksOrTildes() {
    String card = "## Usage\n\n```\nfirst()\n```\n\n~~~\nsecond()\n~~~\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("## Usage\n\n```\nfirst()\n```");
    String tildesFirst = "## Usage\n\n~~~\nsecond()\n~~~\n\n```\nfirst()\n```\n";
    assertThat(sent(tildesFirst, EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("## Usage\n\n~~~\nsecond()\n~~~");
    String training = "## Training\n\n~~~\nlr = 1e-4\n~~~\n\nWe trained it.\n";
    assertThat(sent(training, EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly("## Training\n\nWe trained it.");
  }

  @Test
  void aCodeBlockOfTwelveLinesIsSentWhole_aLongerOneCutToItsFirstElevenAndClosed() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      body.append("\nline").append(i).append("()");
    }
    String twelve = "~~~" + body + "\n~~~";
    assertThat(sent("## Usage\n\n" + twelve + "\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("## Usage\n\n" + twelve);
    String thirteen = "```" + body + "\nline11()\n```";
    assertThat(sent("## Usage\n\n" + thirteen + "\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("## Usage\n\n```" + body + "\n```");
  }

  @ParameterizedTest
  @EnumSource(
      value = PeatmossField.class,
      names = {"EVALUATION", "HYPER_PARAMETERS", "PARAMETER_COUNT", "HARDWARE"})
  void tablesAreSentForFieldsStatedInTables(PeatmossField field) {
    String card = "| metric | value |\n|---|---|\n| acc | 0.9 |\n\nA model.\n";
    assertThat(sent(card, EnumSet.of(field)))
        .containsExactly("| metric | value |\n|-|\n| acc | 0.9 |");
  }

  @Test
  void tablesAreDroppedForOtherFields_andATableIsTwoRowsMakingOverHalfItsLines() {
    String table = "| metric | value |\n|---|---|\n| acc | 0.9 |\n\nA model.\n";
    assertThat(sent(table, EnumSet.of(PeatmossField.LICENSE))).containsExactly("A model.");
    assertThat(sent("| a | b |\n| 1 | 2 |\n\nA model.\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("A model.");
    assertThat(sent(
            "| a |\n| b |\nplain one\nplain two\n\nA model.\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("| a |\n| b |\nplain one\nplain two");
    assertThat(sent("| a |\nplain one\n\nA model.\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly("| a |\nplain one");
  }

  @Test
  void aTableOfEightLinesIsSentWhole_aLongerOneCutToItsFirstEight() {
    StringBuilder eight = new StringBuilder("| metric | value |\n|-|");
    for (int i = 1; i <= 6; i++) {
      eight.append("\n| m").append(i).append(" | 0.").append(i).append(" |");
    }
    assertThat(sent("## Results\n\n" + eight + "\n", EnumSet.of(PeatmossField.EVALUATION)))
        .containsExactly("## Results\n\n" + eight);
    assertThat(sent(
            "## Results\n\n" + eight + "\n| m7 | 0.7 |\n", EnumSet.of(PeatmossField.EVALUATION)))
        .containsExactly("## Results\n\n" + eight);
  }

  @Test
  void outsideANamedSection_matchingLinesAreJoinedWithoutGaps() {
    String card = "## Notes\n\nlearning rate 1e-4\nnothing here\nbatch size 8\nnor here\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly("## Notes\n\nlearning rate 1e-4\nbatch size 8");
  }

  @Test
  void thePreamblesFirstParagraphIsSentWithoutHeading_laterTopSectionsOnlyWhenTheyMatch() {
    String card = "A tiny model.\n\nMore text.\n\n# Other\n\nPlain words.\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.LICENSE))).containsExactly("A tiny model.");
    assertThat(
            sent("# m\n\nA model.\n\n# Other\n\nPlain words.\n", EnumSet.of(PeatmossField.LICENSE)))
        .containsExactly("# m\n\nA model.");
  }

  @Test
  void skippedSections_areNotSentEvenWhenTheyMatch_butAcknowledgementsAreForGrants() {
    String card =
        "# m\n\nA model.\n\n## Citation\n\nThe license is MIT.\n\n## License\n\nMIT license.\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.LICENSE)))
        .containsExactly("# m\n\nA model.", "## License\n\nMIT license.");
    String thanks = "## Acknowledgements\n\nThanks to the squad dataset team.\n\n"
        + "## References\n\nFunded by another grant.\n";
    assertThat(sent(thanks, EnumSet.of(PeatmossField.DATASETS))).isEmpty();
    assertThat(sent(thanks, EnumSet.of(PeatmossField.GRANT)))
        .containsExactly("## Acknowledgements\n\nThanks to the squad dataset team.");
  }

  @Test
  void aSectionNamedForAField_isSentWholeEvenWithoutKeywords() {
    String card = "## Training\n\nWe used eight machines.\n\nIt went well.\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly("## Training\n\nWe used eight machines.\n\nIt went well.");
  }

  @Test
  void aDescriptiveSection_sendsItsFirstParagraph_thenOnlyMatchingOnes() {
    String card = "## Model description\n\nA model of dogs.\n\nIt is fine-tuned from bert-base.\n\n"
        + "It is nice.\n";
    assertThat(sent(card, EnumSet.of(PeatmossField.BASE_MODEL)))
        .containsExactly(
            "## Model description\n\nA model of dogs.\n\nIt is fine-tuned from bert-base.");
  }

  @Test
  void aParagraphOverTheCap_isCutAtLines_whenFortyTokensAreLeft() {
    String lines = String.join("\n", java.util.Collections.nCopies(10, words("y", 10)));
    String first = words("a", CardSplitter.SECTION_CAP - 40 - SPLITTER.count("## Training"));
    String card = "## Training\n\n" + first + "\n\n" + lines + "\n";
    List<String> sections = sent(card, EnumSet.of(PeatmossField.HYPER_PARAMETERS));
    assertThat(sections).hasSize(1);
    String section = sections.get(0);
    assertThat(section).startsWith("## Training\n\n" + first + "\n\n" + words("y", 10) + "\n");
    assertThat(SPLITTER.count(section)).isLessThanOrEqualTo(CardSplitter.SECTION_CAP);
    String fewer = words("a", CardSplitter.SECTION_CAP - 39 - SPLITTER.count("## Training"));
    assertThat(sent(
            "## Training\n\n" + fewer + "\n\n" + lines + "\n",
            EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly("## Training\n\n" + fewer);
  }

  @Test
  void codeOverTheCap_isNotCut_butCodeAtTheCapIsSent() {
    String heading = "## Usage";
    int room = CardSplitter.SECTION_CAP - SPLITTER.count(heading);
    String atCap = "```\n" + words("z", room - 4) + "\n```";
    assertThat(SPLITTER.count(atCap)).isEqualTo(room);
    assertThat(sent(heading + "\n\n" + atCap + "\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly(heading + "\n\n" + atCap);
    String intro = "Install it with pip.";
    String over = "```\n" + words("z", room) + "\n```";
    assertThat(
            sent(heading + "\n\n" + intro + "\n\n" + over + "\n", EnumSet.of(PeatmossField.DEMO)))
        .containsExactly(heading + "\n\n" + intro);
  }

  @Test
  void mentioned_keepsFieldsWithoutKeywords_andThoseATitleOrTextNames() {
    CardText plain = CardText.of("# m\n\nHello.\n");
    assertThat(SPLITTER.mentioned(
            plain,
            EnumSet.of(
                PeatmossField.DOMAIN,
                PeatmossField.TASK,
                PeatmossField.FRAMEWORKS,
                PeatmossField.LICENSE)))
        .containsExactlyInAnyOrder(
            PeatmossField.DOMAIN, PeatmossField.TASK, PeatmossField.FRAMEWORKS);
    assertThat(SPLITTER.mentioned(
            CardText.of("# m\n\n## Training\n\nWe did stuff.\n"),
            EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly(PeatmossField.HYPER_PARAMETERS);
    assertThat(SPLITTER.mentioned(
            CardText.of("Used a learning rate of 1e-4.\n"),
            EnumSet.of(PeatmossField.HYPER_PARAMETERS)))
        .containsExactly(PeatmossField.HYPER_PARAMETERS);
  }

  @Test
  void paragraphs_splitAtBlankLinesButNotInsideFences() {
    assertThat(CardSplitter.paragraphs("a\n\n\nb")).containsExactly("a\n", "b\n");
    assertThat(CardSplitter.paragraphs("\n\na\n\n")).containsExactly("a\n");
    assertThat(CardSplitter.paragraphs("```\nx\n\ny\n```\nz\n\n~~~\np\n\nq\n~~~"))
        .containsExactly("```\nx\n\ny\n```\nz\n", "~~~\np\n\nq\n~~~\n");
  }

  @Test
  void sections_dropSkippedBlankAndHeadingOnlySections() {
    String card =
        "\n\n# Model\n\n## Citation\n\nbibtex here\n\n## Empty\n\n## Data\n\nTrained on squad.\n";
    assertThat(SPLITTER.sections(CardText.of(card)))
        .containsExactly("## Data\n\nTrained on squad.");
    assertThat(SPLITTER.sections(CardText.of("Intro.\n\n# Model\n\nText.\n")))
        .containsExactly("Intro.", "# Model\n\nText.");
  }

  @Test
  void chunks_packWholeSectionsUpToTheBudget_countingOneTokenPerJoin() {
    String one = "## A\n\npara one here.\n\npara two here.";
    String two = "## B\n\nthird para.";
    CardText card = CardText.of(one + "\n\n" + two + "\n");
    int c1 = SPLITTER.count(one);
    int c2 = SPLITTER.count(two);
    assertThat(SPLITTER.chunks(CardText.of(one), c1)).containsExactly(one);
    assertThat(SPLITTER.chunks(card, c1 + c2 + 2)).containsExactly(one + "\n\n" + two);
    assertThat(SPLITTER.chunks(card, c1 + c2 + 1)).containsExactly(one, two);
    String three = "## C\n\nfourth para.";
    assertThat(SPLITTER.chunks(CardText.of(one + "\n\n" + two + "\n\n" + three), c1 + 1))
        .containsExactly(one, two, three);
    assertThat(SPLITTER.chunks(CardText.of(""), 100)).isEmpty();
  }

  @Test
  void chunks_splitASectionOverTheBudgetAtParagraphsThenLines_andCutALongLine() {
    String lines = words("y", 10) + "\n" + words("w", 10) + "\n" + words("v", 10);
    String card = "## A\n\nshort para.\n\n" + lines + "\n";
    int budget = 22;
    List<String> chunks = SPLITTER.chunks(CardText.of(card), budget);
    assertThat(chunks)
        .containsExactly(
            "## A\n\nshort para.", words("y", 10) + "\n" + words("w", 10), words("v", 10));
    String longLine = words("x", 60);
    List<String> cut = SPLITTER.chunks(CardText.of(longLine), 20);
    assertThat(cut).containsExactly(words("x", 20));
  }

  @Test
  void chunksOfAskedFields_areTheRelevantSectionsPacked() {
    String card = "## Training\n\nWe used eight machines.\n\n## License\n\nMIT.\n";
    assertThat(SPLITTER.chunks(CardText.of(card), EnumSet.of(PeatmossField.HYPER_PARAMETERS), 100))
        .containsExactly("## Training\n\nWe used eight machines.");
  }
}
