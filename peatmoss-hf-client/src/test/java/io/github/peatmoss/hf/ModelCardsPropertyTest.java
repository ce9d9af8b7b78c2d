package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the model-card parser on arbitrary, often broken, cards. */
class ModelCardsPropertyTest {
  @Provide
  Arbitrary<String> cards() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(
            "---",
            "--",
            "\n",
            "\r\n",
            "\r",
            "  ",
            "license: mit",
            "license: [a, b]",
            "language:",
            "- en",
            "- ",
            "tags: {a: 1}",
            "model-index:",
            "- name: x",
            "  results:",
            "  - task: {type: t}",
            "    dataset: {type: d, name: D}",
            "    metrics: [{type: acc, value: 0.5}]",
            "&a [1, 2]",
            "*a",
            "*b",
            "!!binary aGVsbG8=",
            "[",
            "]",
            "{",
            "}",
            "'",
            "\"",
            "#",
            "# Heading",
            "Title\n=====",
            "```",
            "~~~",
            "key: value",
            ": :",
            "? complex",
            "\t",
            "\uFEFF",
            "null",
            "~",
            "base_model: [x/y, 3]"),
        Arbitraries.strings().ofMaxLength(12));
    return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void parse_neverFailsOtherThanBounded_andKeepsTheBodyAsASuffix(@ForAll("cards") String text) {
    ModelCard card;
    try {
      card = ModelCards.parse(text);
    } catch (ModelCardException e) {
      assertThat(e.reason()).isNotNull();
      return;
    }
    String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
    assertThat(source).endsWith(card.body());
    assertThat(card.hasMetadata() || card.metadata().isEmpty()).isTrue();
    List<String> lists = card.licenses();
    assertThat(lists).doesNotContainNull().allMatch(s -> !s.isBlank());
    assertThat(card.sections())
        .allMatch(s -> s.level() >= 1 && s.level() <= 6 && !s.title().isBlank());
  }

  @Property(tries = 200)
  void parse_bodyWithoutFrontMatter_isTheWholeText(@ForAll("cards") String text) {
    String body = "Intro\n" + text;
    ModelCard card = ModelCards.parse(body);
    assertThat(card.hasMetadata()).isFalse();
    assertThat(card.body()).isEqualTo(body);
  }
}
