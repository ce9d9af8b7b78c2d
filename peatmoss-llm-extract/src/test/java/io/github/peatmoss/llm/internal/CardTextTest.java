package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.Evidence;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Card text positions: front matter, sections outside code fences, lines, and quote lookup. */
class CardTextTest {
  private static final String CARD = "---\nlicense: MIT\ndatasets:\n- squad\n---\n"
      + "Intro line.\n"
      + "# Title #\n"
      + "text\n"
      + "```python\n"
      + "# not a heading\n"
      + "~~~\n"
      + "```\n"
      + "   ## Usage\n"
      + "    # indented code, not a heading\n"
      + "~~~~\n"
      + "# inside tildes\n"
      + "```\n"
      + "~~~~~\n"
      + "####### seven is not a heading\n"
      + "#NoSpace\n"
      + "###### Six\n";

  @Test
  void frontMatter_endsTheBodyStart_andABomIsDropped() {
    CardText card = CardText.of("\uFEFF" + CARD);
    assertThat(card.text()).isEqualTo(CARD);
    assertThat(card.bodyStart()).isEqualTo(CARD.indexOf("Intro"));
    assertThat(card.body()).startsWith("Intro line.");
    assertThat(CardText.of("no front matter").bodyStart()).isZero();
    assertThat(CardText.of("---\r\nlicense: MIT\r\n---\r\nbody").body()).isEqualTo("body");
    assertThat(CardText.of("  ---\nlicense: MIT\n---").body()).isEmpty();
    assertThat(CardText.of("---\nlicense: MIT\n").bodyStart()).isZero();
  }

  @Test
  void sections_areAtxHeadingsOutsideFences() {
    CardText card = CardText.of(CARD);
    assertThat(card.sections())
        .extracting(s -> s.level() + " " + s.title())
        .containsExactly("0 ", "1 Title", "2 Usage", "6 Six");
    CardText.Section title = card.sections().get(1);
    assertThat(title.start()).isEqualTo(CARD.indexOf("# Title"));
    assertThat(title.end()).isEqualTo(CARD.indexOf("   ## Usage"));
    assertThat(title.text(card)).startsWith("# Title #\ntext\n```python");
    assertThat(card.sections().get(3).end()).isEqualTo(CARD.length());
    assertThat(card.sectionAt(CARD.indexOf("text"))).hasValue(title);
    assertThat(card.sectionAt(title.start())).hasValue(title);
    assertThat(card.sectionAt(title.end() - 1)).hasValue(title);
    assertThat(card.sectionAt(CARD.length())).isEmpty();
    assertThat(card.sectionAt(0)).isEmpty();
  }

  @Test
  void sections_ofABodyStartingWithAHeading_orEmpty() {
    assertThat(CardText.of("# A\nx\n## B").sections())
        .extracting(s -> s.level() + " " + s.title() + " " + s.start() + "-" + s.end())
        .containsExactly("1 A 0-6", "2 B 6-10");
    assertThat(CardText.of("").sections()).isEmpty();
    assertThat(CardText.of("---\na: b\n---\n").sections()).isEmpty();
    assertThat(CardText.of("# Only").sections())
        .extracting(s -> s.level() + " " + s.title())
        .containsExactly("1 Only");
  }

  @Test
  void lines_andTheirEvidence() {
    CardText card = CardText.of("first\n  second line  \nthird");
    assertThat(card.lineAt(0)).isEqualTo("first");
    assertThat(card.lineAt(3)).isEqualTo("first");
    assertThat(card.lineAt(6)).isEqualTo("second line");
    assertThat(card.lineAt(10)).isEqualTo("second line");
    assertThat(card.lineAt(23)).isEqualTo("third");
    Evidence e = card.lineEvidence(12);
    assertThat(e.quote()).hasValue("second line");
    assertThat(e.offset()).hasValue(8);
    assertThat(e.source()).isEqualTo("README.md");
    assertThat(card.lineEvidence(0).offset()).hasValue(0);
  }

  @Test
  void yamlEvidence_quotesTheKeysLine_elseAnyLine_elseTheValueAlone() {
    CardText card = CardText.of("---\ntags:\n- mit\nlicense: MIT\n---\nbody mentions apache\n");
    Evidence license = card.yamlEvidence("license", "mit");
    assertThat(license.quote()).hasValue("license: MIT");
    assertThat(license.offset()).hasValue(card.text().indexOf("license: MIT"));
    Evidence tag = card.yamlEvidence("datasets", "mit");
    assertThat(tag.quote()).hasValue("- mit");
    Evidence missing = card.yamlEvidence("license", "apache");
    assertThat(missing.quote()).hasValue("license: apache");
    assertThat(missing.offset()).isEmpty();
  }

  @Test
  void find_exactThenTolerant() {
    CardText card =
        CardText.of("Trained on **SQuAD  v2** \u2014 the \u201Cbig\u201D one | `fast` > slow");
    assertThat(card.find("SQuAD")).isEqualTo(OptionalInt.of(13));
    assertThat(card.find("squad v2")).isEqualTo(OptionalInt.of(13));
    assertThat(card.find("Trained on SQuAD v2 - the \"big\" one fast slow"))
        .isEqualTo(OptionalInt.of(0));
    assertThat(card.find("'big'")).isEmpty();
    assertThat(card.find("  ")).isEmpty();
    assertThat(card.find("** __")).isEmpty();
    assertThat(card.find("glue")).isEmpty();
    assertThat(CardText.of("x \u2018y\u2019 z").find("'y'")).isEqualTo(OptionalInt.of(2));
    assertThat(CardText.of("").find("a")).isEmpty();
  }

  @Test
  void sections_ofABodyStartingWithABlankLine_orWithoutHeadings() {
    assertThat(CardText.of("\n# A\nx").sections())
        .extracting(s -> s.level() + " " + s.title() + " " + s.start() + "-" + s.end())
        .containsExactly("0  0-1", "1 A 1-6");
    assertThat(CardText.of("just text\nmore").sections())
        .extracting(s -> s.level() + " " + s.title() + " " + s.start() + "-" + s.end())
        .containsExactly("0  0-14");
  }

  @Test
  void lines_atTheirEdges() {
    CardText card = CardText.of("first\nab\nab");
    assertThat(card.lineAt(4)).isEqualTo("first");
    assertThat(card.lineAt(5)).isEqualTo("first");
    assertThat(card.lineEvidence(2).offset()).hasValue(0);
    assertThat(card.lineEvidence(7).offset()).hasValue(6);
    assertThat(card.lineEvidence(10).offset()).hasValue(9);
    CardText blankFirst = CardText.of("\nsecond");
    assertThat(blankFirst.lineAt(0)).isEmpty();
    assertThat(blankFirst.lineAt(1)).isEqualTo("second");
  }

  @Test
  void yamlEvidence_ofAnEmptyValue_quotesTheKeysLine_elseTheFirstLine() {
    CardText card = CardText.of("---\nlicense: MIT\n---\nbody\n");
    assertThat(card.yamlEvidence("license", "").quote()).hasValue("license: MIT");
    Evidence none = card.yamlEvidence("datasets", "");
    assertThat(none.quote()).hasValue("---");
    assertThat(none.offset()).hasValue(0);
    assertThat(card.yamlEvidence("datasets", "lic").quote()).hasValue("license: MIT");
    CardText before = CardText.of("---\ntags:\n- mit\nlicense: apache\n---\n");
    assertThat(before.yamlEvidence("license", "mit").quote()).hasValue("- mit");
  }

  @Test
  void find_atTheStart_isExact_andWordsStaySeparate() {
    assertThat(CardText.of("**bold** text").find("**bold**")).isEqualTo(OptionalInt.of(0));
    assertThat(CardText.of("**bold** text").find("BOLD text")).isEqualTo(OptionalInt.of(2));
    assertThat(CardText.of("ab cd").find("abc d")).isEmpty();
    assertThat(CardText.of("ab  cd").find("AB CD")).isEqualTo(OptionalInt.of(0));
  }
}
