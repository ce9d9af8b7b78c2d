package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nesting estimate that guards the YAML parser, its bound, and the values a card's YAML may hold. */
class CardBoundsTest {
  @Test
  void nestingDepth_countsBlockIndentation_andDedents() {
    assertThat(ModelCards.nestingDepth("a: 1")).isEqualTo(1);
    assertThat(ModelCards.nestingDepth("a:\n  b:\n    c: 1")).isEqualTo(3);
    assertThat(ModelCards.nestingDepth("a:\r\n  b:\r\n    c: 1")).isEqualTo(3);
    assertThat(ModelCards.nestingDepth("a:\n  b: 1\nc: 2\nd: 3")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("a:\n    b:\n  c: 1")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("a:\n   \n  b: 1")).isEqualTo(2);
  }

  @Test
  void nestingDepth_skipsBlankAndCommentLines_outsideFlow() {
    assertThat(ModelCards.nestingDepth("")).isZero();
    assertThat(ModelCards.nestingDepth("# [[[[\n  # {{{{\na: 1")).isEqualTo(1);
  }

  @Test
  void nestingDepth_countsDashesSharingALine() {
    assertThat(ModelCards.nestingDepth("- - - x")).isEqualTo(4);
    assertThat(ModelCards.nestingDepth("-   - x")).isEqualTo(3);
    assertThat(ModelCards.nestingDepth("- -")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("-x")).isEqualTo(1);
  }

  @Test
  void nestingDepth_countsOpenFlowBrackets_outsideQuotesAndComments() {
    assertThat(ModelCards.nestingDepth("a: [1, [2, {b: 3}]]")).isEqualTo(4);
    assertThat(ModelCards.nestingDepth("a: '[[[['")).isEqualTo(1);
    assertThat(ModelCards.nestingDepth("a: \"{{{{\"")).isEqualTo(1);
    assertThat(ModelCards.nestingDepth("a: 'x' [1]")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("a: \"x\" {b: 1}")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("a: 1 # [[[[")).isEqualTo(1);
    assertThat(ModelCards.nestingDepth("a: x#[[")).isEqualTo(3);
    assertThat(ModelCards.nestingDepth("[[#")).isEqualTo(3);
  }

  @Test
  void nestingDepth_flowSpanningLines_keepsCountingAndIgnoresIndentation() {
    assertThat(ModelCards.nestingDepth("a: [\n\n      [1]\n]")).isEqualTo(3);
    assertThat(ModelCards.nestingDepth("a: [\n  # [[[[\n]")).isEqualTo(2);
  }

  @Test
  void nestingDepth_strayClosingBrackets_neverGoBelowZero() {
    assertThat(ModelCards.nestingDepth("a: ]]\nb:\n  c: 1")).isEqualTo(2);
    assertThat(ModelCards.nestingDepth("a: ]] [1]")).isEqualTo(2);
  }

  @Test
  void parse_depthBound_admitsSixtyFourLevels_refusesSixtyFive() {
    String allowed = "---\na: " + "[".repeat(63) + "]".repeat(63) + "\n---\n";
    String refused = "---\na: " + "[".repeat(64) + "]".repeat(64) + "\n---\n";
    assertThat(ModelCards.parse(allowed).hasMetadata()).isTrue();
    assertThatThrownBy(() -> ModelCards.parse(refused))
        .isInstanceOfSatisfying(
            ModelCardException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelCardException.Reason.TOO_DEEP))
        .hasMessage("model card front matter nests 65 levels deep, more than 64; refused");
  }

  @Test
  void parse_setsBecomeLists_binaryIsDropped_bigIntegersBecomeText() {
    ModelCard card = ModelCards.parse("---\n"
        + "s: !!set {a, b}\n"
        + "bin: !!binary aGVsbG8=\n"
        + "big: 123456789012345678901234567890\n"
        + "---\nbody\n");
    assertThat(card.metadata().get("s")).isEqualTo(List.of("a", "b"));
    assertThat(card.metadata()).doesNotContainKey("bin");
    assertThat(card.metadata().get("big")).isEqualTo("123456789012345678901234567890");
  }

  @Test
  void parse_invalidYaml_warningQuotesTheParsersFirstLine() {
    ModelCard card = ModelCards.parse("---\na: [1, 2\nb: 3\n---\nbody\n");
    assertThat(card.hasMetadata()).isFalse();
    assertThat(card.warnings())
        .anySatisfy(w -> assertThat(w)
            .matches("front matter is not valid YAML \\([^\\n]+\\); metadata ignored"));
  }

  @Test
  void parse_secondBlock_onlyWhenItHoldsAKeyBetweenRules() {
    String second =
        "a second front-matter block follows the first; only the first counts, as on the Hub";
    assertThat(ModelCards.parse("---\na: 1\n---\ntext\n---\nb: 2\n# c\n  d\n- e\n\t f\n\n---\n")
            .warnings())
        .contains(second);
    assertThat(ModelCards.parse("---\na: 1\n---\ntext\n---\nprose here\nb: 2\n---\n")
            .warnings())
        .doesNotContain(second);
    assertThat(ModelCards.parse("---\na: 1\n---\ntext\n---\n# only a comment\n---\n")
            .warnings())
        .doesNotContain(second);
    assertThat(ModelCards.parse("---\na: 1\n---\ntext\n--- \nb: 2\n---  \n").warnings())
        .contains(second);
  }

  @Test
  void containsYamlBlock_looksAtMostFiveHundredLinesAhead() {
    String gap = "\n".repeat(499);
    assertThat(FrontMatter.containsYamlBlock("---\nb: 2" + gap + "---")).isTrue();
    assertThat(FrontMatter.containsYamlBlock("---\nb: 2" + gap + "\n---")).isFalse();
  }
}
