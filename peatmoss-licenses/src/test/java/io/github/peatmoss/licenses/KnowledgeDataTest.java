package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency of the knowledge data file: names, sources, no repeated or contradictory facts. */
class KnowledgeDataTest {
  private static final KnowledgeBase KB = KnowledgeBase.DEFAULT;
  private static final SpdxLicenseList SPDX = SpdxLicenseList.standard();
  private static final Set<LicenseCategory> COPYLEFT = EnumSet.of(
      LicenseCategory.STRONG_COPYLEFT,
      LicenseCategory.NETWORK_COPYLEFT,
      LicenseCategory.SHARE_ALIKE);
  private static final Set<LicenseCategory> PERMISSIVE =
      EnumSet.of(LicenseCategory.PUBLIC_DOMAIN, LicenseCategory.PERMISSIVE);
  private static final Map<String, Verdict> OSADL = Map.of(
      "Yes",
      Verdict.COMPATIBLE,
      "Same",
      Verdict.COMPATIBLE,
      "No",
      Verdict.INCOMPATIBLE,
      "Unknown",
      Verdict.UNKNOWN,
      "Check dependency",
      Verdict.CONDITIONAL);

  /** A license named in the data is a listed SPDX id (not deprecated), a documented LicenseRef, or id WITH exception. */
  private static void assertKnownName(String name, String where) {
    LicenseExpression e = LicenseExpression.parse(name);
    assertThat(e.toString())
        .as("%s: '%s' is not in canonical form", where, name)
        .isEqualTo(name);
    List<LicenseExpression> leaves = new ArrayList<>();
    if (e instanceof WithExpression w) {
      leaves.add(w.license());
      assertThat(SPDX.findException(w.addition().toString()))
          .as("%s: exception of %s", where, name)
          .isPresent();
    } else {
      leaves.add(e);
    }
    for (LicenseExpression leaf : leaves) {
      if (leaf instanceof ListedLicense l) {
        assertThat(l.entry().isDeprecated())
            .as("%s: %s is a deprecated SPDX id", where, l)
            .isFalse();
      } else {
        assertThat(leaf).as("%s: %s", where, name).isInstanceOf(LicenseRef.class);
        assertThat(KB.entry(leaf.toString()))
            .as("%s: %s is not a documented LicenseRef", where, leaf)
            .isPresent();
      }
    }
  }

  @Test
  void everyLicenseNamed_isOnTheSpdxListOrADocumentedLicenseRef() {
    for (KnowledgeBase.Entry e : KB.entries()) {
      assertKnownName(e.key(), "licenses");
    }
    for (KnowledgeBase.Fact f : KB.facts()) {
      assertKnownName(f.inbound(), "fact inbound");
      assertKnownName(f.outbound(), "fact outbound");
    }
    for (String exception : KB.linkingExceptions()) {
      assertThat(SPDX.findException(exception))
          .as("linking exception %s", exception)
          .isPresent();
    }
    KB.deprecatedReplacements().forEach((id, replacement) -> {
      assertThat(SPDX.findLicense(id).map(SpdxLicenseEntry::isDeprecated))
          .as(id)
          .contains(true);
      assertKnownName(replacement, "replacement of " + id);
    });
  }

  @Test
  void everyFact_hasASourceAClauseAndAReason_andEverySourceIsCited() {
    Set<String> cited = new HashSet<>();
    for (KnowledgeBase.Fact f : KB.facts()) {
      assertThat(KB.sources())
          .as("source of %s -> %s", f.inbound(), f.outbound())
          .containsKey(f.source());
      assertThat(f.clause()).as("clause of %s -> %s", f.inbound(), f.outbound()).isNotBlank();
      assertThat(f.reason()).as("reason of %s -> %s", f.inbound(), f.outbound()).isNotBlank();
      cited.add(f.source());
    }
    KB.entries().forEach(e -> cited.add(e.source()));
    cited.add("classpath-exception");
    cited.add("spdx-list");
    assertThat(cited).containsAll(KB.sources().keySet());
    for (KnowledgeBase.Source s : KB.sources().values()) {
      assertThat(s.url()).as(s.key()).startsWith("https://");
    }
  }

  @Test
  void noPairIsStatedTwice_norAboutItself() {
    assertThat(KB.duplicateFacts()).isEmpty();
    for (KnowledgeBase.Fact f : KB.facts()) {
      assertThat(f.inbound()).isNotEqualToIgnoringCase(f.outbound());
    }
  }

  @Test
  void noFact_contradictsTheCategories() {
    for (KnowledgeBase.Fact f : KB.facts()) {
      LicenseCategory in = KB.category(LicenseExpression.parse(f.inbound()));
      LicenseCategory out = KB.category(LicenseExpression.parse(f.outbound()));
      if (COPYLEFT.contains(in) && f.verdict() == Verdict.COMPATIBLE) {
        assertThat(PERMISSIVE)
            .as("%s (copyleft) declared compatible with %s (%s)", f.inbound(), f.outbound(), out)
            .doesNotContain(out);
      }
      if (PERMISSIVE.contains(out) && f.verdict() == Verdict.COMPATIBLE) {
        assertThat(COPYLEFT)
            .as("%s -> permissive %s", f.inbound(), f.outbound())
            .doesNotContain(in);
      }
    }
  }

  @Test
  void everyVerdict_agreesWithItsOsadlCell_orSaysWhyNot() {
    int recorded = 0;
    for (KnowledgeBase.Fact f : KB.facts()) {
      if (f.osadl().isPresent()) {
        recorded++;
        assertThat(OSADL)
            .as("OSADL value of %s -> %s", f.inbound(), f.outbound())
            .containsKey(f.osadl().get());
        if (OSADL.get(f.osadl().get()) != f.verdict()) {
          assertThat(f.departsFromOsadl())
              .as(
                  "%s -> %s is %s but OSADL says %s",
                  f.inbound(), f.outbound(), f.verdict(), f.osadl().get())
              .isPresent();
        }
      }
    }
    assertThat(recorded).as("facts with a recorded OSADL cell").isGreaterThan(100);
  }

  @Test
  void everyObligationAndCategory_isUsed() {
    Set<LicenseCategory> categories = EnumSet.noneOf(LicenseCategory.class);
    Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
    for (KnowledgeBase.Entry e : KB.entries()) {
      categories.add(e.category());
      obligations.addAll(e.obligations());
    }
    assertThat(categories)
        .containsAll(EnumSet.complementOf(EnumSet.of(LicenseCategory.NO_LICENSE)));
    assertThat(obligations)
        .containsAll(EnumSet.complementOf(EnumSet.of(Obligation.CHECK_COMBINATION)));
  }

  @Test
  void aBrokenDataFile_isADecodeExceptionNamingTheProblem() {
    assertThatThrownBy(
            () -> KnowledgeBase.load(getClass().getClassLoader(), "no/such/knowledge.json"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not on the classpath");
    assertThatThrownBy(() ->
            KnowledgeBase.load(getClass().getClassLoader(), "fixtures/knowledge/bad-source.json"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("unknown source 'nowhere'");
    assertThatThrownBy(() ->
            KnowledgeBase.load(getClass().getClassLoader(), "fixtures/knowledge/bad-verdict.json"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("'MAYBE' where a Verdict is expected");
  }
}
