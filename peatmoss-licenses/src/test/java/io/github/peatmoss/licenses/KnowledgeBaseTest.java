package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading knowledge files (the shipped one and broken ones) and the knowledge base's answers per leaf. */
class KnowledgeBaseTest {
  private static final KnowledgeBase KB = KnowledgeBase.DEFAULT;

  private static final String SOURCES =
      "\"sources\": {\"text\": {\"title\": \"a license text\", \"url\": \"https://example.org/l\"}}";
  private static final String LICENSES =
      "\"licenses\": [{\"ids\": [\"MIT\", \"ISC\"], \"category\":"
          + " \"PERMISSIVE\", \"scanCode\": \"PERMISSIVE\", \"obligations\": [\"ATTRIBUTION\"],"
          + " \"note\": \"permissive\", \"source\": \"text\"},"
          + " {\"ids\": [\"GPL-2.0-only WITH Classpath-exception-2.0\"], \"category\": \"WEAK_COPYLEFT\","
          + " \"scanCode\": \"COPYLEFT_LIMITED\", \"note\": \"stated\", \"source\": \"text\"}]";
  private static final String FACTS =
      "\"facts\": [{\"inbound\": [\"MIT\"], \"outbound\": [\"ISC\"],"
          + " \"verdict\": \"COMPATIBLE\", \"reason\": \"r\", \"source\": \"text\", \"clause\": \"c\"}]";
  private static final String TAIL =
      "\"outboundCandidates\": {\"source\": \"text\", \"ids\": [\"MIT\"]},"
          + " \"linkingExceptions\": {\"source\": \"text\", \"ids\": [\"LLVM-exception\"]},"
          + " \"deprecated\": {\"source\": \"text\", \"replacements\": {\"GPL-2.0\": \"GPL-2.0-only\"}}";

  @TempDir
  Path dir;

  private KnowledgeBase load(String json) throws IOException {
    Files.writeString(dir.resolve("k.json"), json, StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      return KnowledgeBase.load(loader, "k.json");
    }
  }

  private void assertBroken(String json, String message) {
    assertThatThrownBy(() -> load(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("the license knowledge k.json")
        .hasMessageContaining(message);
  }

  private static String doc(String... parts) {
    return "{" + String.join(", ", parts) + "}";
  }

  @Test
  void theShippedFile_readAgain_holdsWhatTheDefaultHolds() {
    KnowledgeBase fresh = KnowledgeBase.load(getClass().getClassLoader(), KnowledgeBase.RESOURCE);
    assertThat(fresh.entries()).isEqualTo(KB.entries()).hasSizeGreaterThan(100);
    assertThat(fresh.facts()).isEqualTo(KB.facts()).hasSizeGreaterThan(100);
    assertThat(fresh.duplicateFacts()).isEmpty();
    assertThat(fresh.sources()).isEqualTo(KB.sources()).containsKey("fsf-list");
    assertThat(fresh.outboundCandidates())
        .isEqualTo(KB.outboundCandidates())
        .startsWith("MIT", "Apache-2.0");
    assertThat(fresh.linkingExceptions())
        .isEqualTo(KB.linkingExceptions())
        .contains("Classpath-exception-2.0", "LLVM-exception");
    assertThat(fresh.deprecatedReplacements())
        .isEqualTo(KB.deprecatedReplacements())
        .containsEntry("GPL-2.0", "GPL-2.0-only")
        .containsEntry("eCos-2.0", "GPL-2.0-or-later WITH eCos-exception-2.0");
    assertThat(fresh.entry("mit")).get().satisfies(e -> {
      assertThat(e.key()).isEqualTo("MIT");
      assertThat(e.category()).isEqualTo(LicenseCategory.PERMISSIVE);
      assertThat(e.scanCode()).isEqualTo(ScanCodeCategory.PERMISSIVE);
      assertThat(e.obligations()).containsExactly(Obligation.ATTRIBUTION);
      assertThat(e.source()).isEqualTo("scancode-licensedb");
    });
  }

  @Test
  void aSmallFile_isReadFieldByField_andRepeatedPairsAreKeptAsDuplicates() throws IOException {
    String facts = "\"facts\": [{\"inbound\": [\"MIT\"], \"outbound\": [\"ISC\", \"0BSD\"],"
        + " \"verdict\": \"COMPATIBLE\", \"reason\": \"r\", \"source\": \"text\", \"clause\": \"c\","
        + " \"osadl\": \"Yes\"},"
        + " {\"inbound\": [\"mit\"], \"outbound\": [\"isc\"], \"verdict\": \"INCOMPATIBLE\","
        + " \"reason\": \"again\", \"source\": \"text\", \"clause\": \"c2\"}]";
    KnowledgeBase kb = load(doc(SOURCES, LICENSES, facts, TAIL));
    assertThat(kb.sources()).containsOnlyKeys("text");
    assertThat(kb.sources().get("text"))
        .isEqualTo(new KnowledgeBase.Source("text", "a license text", "https://example.org/l"));
    assertThat(kb.entries())
        .extracting(KnowledgeBase.Entry::key)
        .containsExactly("MIT", "ISC", "GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(kb.entry("GPL-2.0-only WITH Classpath-exception-2.0").get().obligations())
        .as("an absent obligations list reads as none")
        .isEmpty();
    assertThat(kb.facts()).hasSize(2);
    assertThat(kb.fact("MIT", "isc").get().verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(kb.fact("MIT", "isc").get().osadl()).contains("Yes");
    assertThat(kb.fact("MIT", "0BSD").get().reason()).isEqualTo("r");
    assertThat(kb.duplicateFacts()).singleElement().satisfies(f -> {
      assertThat(f.reason()).isEqualTo("again");
      assertThat(f.departsFromOsadl()).isEmpty();
    });
    assertThat(kb.compatibleOutbounds("mit")).containsExactly("ISC", "0BSD");
    assertThat(kb.compatibleOutbounds("ISC")).isEmpty();
    assertThat(kb.outboundCandidates()).containsExactly("MIT");
    assertThat(kb.linkingExceptions()).containsExactly("LLVM-exception");
    assertThat(kb.isLinkingException("LLVM-exception")).isTrue();
    assertThat(kb.isLinkingException("Classpath-exception-2.0")).isFalse();
    assertThat(kb.replacementOf("GPL-2.0")).contains("GPL-2.0-only");
    assertThat(kb.replacementOf("GPL-3.0")).isEmpty();
  }

  @Test
  void anEntryForAnExactWithExpression_winsOverTheRuleForItsException() throws IOException {
    KnowledgeBase kb = load(doc(SOURCES, LICENSES, FACTS, TAIL));
    LicenseExpression with = LicenseExpression.parse("GPL-2.0-only WITH Classpath-exception-2.0");
    assertThat(kb.leaf(with).get().note()).isEqualTo("stated");
    assertThat(kb.category(with)).isEqualTo(LicenseCategory.WEAK_COPYLEFT);
    assertThat(kb.leaf(LicenseExpression.parse("MIT WITH LLVM-exception")).get().note())
        .isEqualTo("permissive; the exception LLVM-exception is not evaluated");
  }

  @Test
  void aBrokenDocument_isADecodeExceptionSayingWhat() {
    assertBroken("", "is empty");
    assertBroken("{} {}", "holds more than one JSON document");
    assertBroken("[]", "has no JSON object for 'the document'");
    assertBroken("{\"sources\": []}", "has no JSON object for 'sources'");
    assertBroken("{\"sources\": {\"a\": 1}}", "has no JSON object for 'a source'");
    assertBroken("{\"sources\": {\"a\": {\"title\": \" \", \"url\": \"u\"}}}", "has no 'title'");
    assertBroken("{\"sources\": {\"a\": {\"title\": null, \"url\": \"u\"}}}", "has no 'title'");
    assertBroken("{\"sources\": {}, \"licenses\": {}}", "has no JSON array for 'licenses'");
    assertBroken(
        "{\"sources\": {}, \"licenses\": [1]}",
        "has no JSON object for 'an element of 'licenses''");
  }

  @Test
  void brokenParts_areDecodeExceptionsSayingWhat() {
    assertBroken(
        doc(SOURCES, LICENSES.replace("[\"ATTRIBUTION\"]", "[\"ATTRIBUTION\", {}]"), FACTS, TAIL),
        "has {} where a string is expected in 'obligations'");
    assertBroken(
        doc(
            SOURCES,
            LICENSES.replace("\"PERMISSIVE\", \"scanCode\"", "\"LAX\", \"scanCode\""),
            FACTS,
            TAIL),
        "has 'LAX' where a LicenseCategory is expected");
    assertBroken(doc(SOURCES, LICENSES, FACTS), "has no JSON object for 'outboundCandidates'");
    assertBroken(
        doc(
            SOURCES,
            LICENSES,
            FACTS,
            TAIL.replace(
                "\"source\": \"text\", \"ids\": [\"MIT\"]",
                "\"source\": \"elsewhere\", \"ids\": [\"MIT\"]")),
        "cites the unknown source 'elsewhere'; add it to 'sources'");
    assertBroken(doc(SOURCES, FACTS, TAIL), "has no licenses or no facts");
    assertBroken(doc(SOURCES, LICENSES, "\"facts\": []", TAIL), "has no licenses or no facts");
  }

  @Test
  void canonicalize_replacesDeprecatedIds_insideWithAndCompoundExpressions() {
    List<String> reasons = new ArrayList<>();
    assertThat(KB.canonicalize(
            LicenseExpression.parse("GPL-2.0 WITH Classpath-exception-2.0 OR LGPL-2.1+"), reasons))
        .hasToString("GPL-2.0-only WITH Classpath-exception-2.0 OR LGPL-2.1-or-later");
    assertThat(reasons)
        .containsExactly(
            "deprecated SPDX id GPL-2.0 (GNU General Public License v2.0 only) replaced by GPL-2.0-only",
            "'LGPL-2.1+' written as LGPL-2.1-or-later");
  }

  @Test
  void canonicalize_keepsWhatHasNoSingleReplacement() {
    List<String> reasons = new ArrayList<>();
    LicenseExpression keep = LicenseExpression.parse("eCos-2.0 WITH Classpath-exception-2.0");
    assertThat(KB.canonicalize(keep, reasons)).isSameAs(keep);
    assertThat(reasons)
        .endsWith("deprecated id eCos-2.0 kept: its replacement already carries an exception");
    reasons.clear();
    LicenseExpression ref = LicenseExpression.parse("LicenseRef-x WITH Classpath-exception-2.0");
    assertThat(KB.canonicalize(ref, reasons)).isSameAs(ref);
    assertThat(reasons).isEmpty();
    LicenseExpression mitPlus = LicenseExpression.parse("MIT+");
    assertThat(KB.canonicalize(mitPlus, reasons)).isSameAs(mitPlus);
    assertThat(reasons).isEmpty();
    assertThat(KB.canonicalize(LicenseExpression.parse("GPL-2.0-only+"), reasons))
        .hasToString("GPL-2.0-or-later");
    assertThat(reasons).containsExactly("'GPL-2.0-only+' written as GPL-2.0-or-later");
  }

  @Test
  void leaf_withALinkingException_limitsDiscloseSourceAndComponentCopyleft_toTheComponent() {
    KnowledgeBase.Entry gpl =
        KB.leaf(LicenseExpression.parse("GPL-3.0-only WITH GCC-exception-3.1")).get();
    assertThat(gpl.category()).isEqualTo(LicenseCategory.WEAK_COPYLEFT);
    assertThat(gpl.scanCode()).isEqualTo(ScanCodeCategory.COPYLEFT_LIMITED);
    assertThat(gpl.obligations())
        .isEqualTo(EnumSet.of(Obligation.ATTRIBUTION, Obligation.COMPONENT_COPYLEFT));
    assertThat(gpl.note()).endsWith("; GCC-exception-3.1 limits the copyleft to the component");
    KnowledgeBase.Entry agpl =
        KB.leaf(LicenseExpression.parse("AGPL-3.0-only WITH LLVM-exception")).get();
    assertThat(agpl.obligations()).doesNotContain(Obligation.NETWORK_SOURCE);
    KnowledgeBase.Entry lgpl =
        KB.leaf(LicenseExpression.parse("LGPL-2.1-only WITH LLVM-exception")).get();
    assertThat(lgpl.note()).endsWith("; LLVM-exception limits the copyleft to the component");
  }

  @Test
  void leaf_withAnotherException_keepsTheBaseLicensesTerms() {
    KnowledgeBase.Entry e = KB.leaf(
            LicenseExpression.parse("GPL-2.0-only WITH Qt-GPL-exception-1.0"))
        .get();
    assertThat(e.key()).isEqualTo("GPL-2.0-only WITH Qt-GPL-exception-1.0");
    assertThat(e.category()).isEqualTo(LicenseCategory.STRONG_COPYLEFT);
    assertThat(e.obligations()).contains(Obligation.DISCLOSE_SOURCE);
    assertThat(e.note()).endsWith("; the exception Qt-GPL-exception-1.0 is not evaluated");
    assertThat(KB.leaf(LicenseExpression.parse("MIT WITH LLVM-exception")).get().category())
        .isEqualTo(LicenseCategory.PERMISSIVE);
    assertThat(KB.leaf(LicenseExpression.parse("LicenseRef-x WITH LLVM-exception")))
        .isEmpty();
  }

  @Test
  void leaf_orLater_fallsBackToTheBaseId() {
    assertThat(KB.leaf(LicenseExpression.parse("MPL-2.0+")).get().key()).isEqualTo("MPL-2.0");
    assertThat(KB.category(LicenseExpression.parse("MPL-2.0+")))
        .isEqualTo(LicenseCategory.WEAK_COPYLEFT);
    assertThat(KB.leaf(LicenseExpression.parse("Vim+"))).isPresent();
    assertThat(KB.leaf(LicenseExpression.parse("Glide+"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // AND: the most restrictive operand decides, the first of equals.
        "CC0-1.0 AND 0BSD              | PUBLIC_DOMAIN   | PUBLIC_DOMAIN",
        "0BSD AND CC0-1.0              | PUBLIC_DOMAIN   | PERMISSIVE",
        "MIT AND GPL-3.0-only          | STRONG_COPYLEFT | COPYLEFT",
        // OR: the least restrictive operand decides, the first of equals.
        "GPL-3.0-only OR MIT           | PERMISSIVE      | PERMISSIVE",
        "CC0-1.0 OR 0BSD               | PUBLIC_DOMAIN   | PUBLIC_DOMAIN",
        "0BSD OR CC0-1.0               | PUBLIC_DOMAIN   | PERMISSIVE",
        "MIT OR LicenseRef-x           | PERMISSIVE      | PERMISSIVE",
      })
  void categories_ofCompoundExpressions(
      String expression, LicenseCategory category, ScanCodeCategory scanCode) {
    LicenseExpression e = LicenseExpression.parse(expression);
    assertThat(KB.category(e)).isEqualTo(category);
    assertThat(KB.scanCodeCategory(e)).isEqualTo(scanCode);
  }
}
