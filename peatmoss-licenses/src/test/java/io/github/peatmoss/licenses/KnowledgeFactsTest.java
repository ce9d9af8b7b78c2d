package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per fact the source audit corrected or newly sourced; each names the clause or list it comes from, and
 * the check's reasons cite it. "Was" says what the knowledge base answered before the audit.
 */
class KnowledgeFactsTest {
  private final LicenseCompatibility compatibility = LicenseCompatibility.create();

  private void assertFact(String inbound, String outbound, Verdict verdict, String clause) {
    CompatibilityResult r = compatibility.check(inbound, outbound);
    assertThat(r.verdict()).as(r.toString()).isEqualTo(verdict);
    assertThat(String.join(" ", r.reasons())).as(r.toString()).contains(clause);
  }

  @Test
  @DisplayName(
      "Apache-2.0 in GPL-2.0-or-later: INCOMPATIBLE (FSF list: GPLv3 only; was CONDITIONAL)")
  void apache2_inGpl2OrLater_fsfList() {
    assertFact(
        "Apache-2.0",
        "GPL-2.0-or-later",
        Verdict.INCOMPATIBLE,
        "FSF list, 'Apache License, Version 2.0'");
    assertFact(
        "Apache-2.0",
        "LGPL-2.1-or-later",
        Verdict.INCOMPATIBLE,
        "compatible with GPL version 3 only");
  }

  @Test
  @DisplayName(
      "Apache-2.0 WITH LLVM-exception in GPL-2.0-only: COMPATIBLE (LLVM-exception text; new)")
  void apache2WithLlvmException_inGpl2Only_llvmException() {
    assertFact(
        "Apache-2.0 WITH LLVM-exception", "GPL-2.0-only", Verdict.COMPATIBLE, "LLVM-exception:");
    assertFact("Apache-2.0", "GPL-2.0-only", Verdict.INCOMPATIBLE, "GPL-2.0 section 6");
  }

  @Test
  @DisplayName(
      "LGPL-2.1-only in GPL-3.0-only: COMPATIBLE (LGPL-2.1 section 3, newer GPL version; was CONDITIONAL)")
  void lgpl21_inGpl3_lgpl21Section3() {
    assertFact("LGPL-2.1-only", "GPL-3.0-only", Verdict.COMPATIBLE, "LGPL-2.1 section 3");
    assertFact("LGPL-2.1-or-later", "GPL-3.0-or-later", Verdict.COMPATIBLE, "LGPL-2.1 section 3");
  }

  @Test
  @DisplayName("LGPL-2.0-only in GPL-2.0-only: COMPATIBLE (LGPL-2.0 section 3; OSADL says No)")
  void lgpl20_inGpl2_lgpl20Section3() {
    assertFact("LGPL-2.0-only", "GPL-2.0-only", Verdict.COMPATIBLE, "LGPL-2.0 section 3");
  }

  @Test
  @DisplayName(
      "LGPL-3.0-only in GPL-3.0-or-later: CONDITIONAL (LGPL-3.0 section 6, GPL-3.0 section 14; was COMPATIBLE)")
  void lgpl3Only_inGpl3OrLater_lgpl3Section6() {
    assertFact("LGPL-3.0-only", "GPL-3.0-or-later", Verdict.CONDITIONAL, "LGPL-3.0 section 6");
    assertFact("LGPL-3.0-only", "GPL-3.0-only", Verdict.COMPATIBLE, "GPL-3.0 section 7");
  }

  @Test
  @DisplayName(
      "LGPL-2.1-only in AGPL-3.0-only: CONDITIONAL (LGPL-2.1 section 3 + GPL-3.0 section 13; was INCOMPATIBLE)")
  void lgpl21_inAgpl3_gpl3Section13() {
    assertFact("LGPL-2.1-only", "AGPL-3.0-only", Verdict.CONDITIONAL, "GPL-3.0 section 13");
  }

  @Test
  @DisplayName(
      "GPL-2.0-or-later in AGPL-3.0-only: CONDITIONAL (GPL-3.0 section 13; was INCOMPATIBLE)")
  void gpl2OrLater_inAgpl3_gpl3Section13() {
    assertFact("GPL-2.0-or-later", "AGPL-3.0-only", Verdict.CONDITIONAL, "GPL-3.0 section 13");
    assertFact("GPL-2.0-only", "AGPL-3.0-only", Verdict.INCOMPATIBLE, "GPL-2.0 section 9");
  }

  @Test
  @DisplayName(
      "AGPL-3.0-only in GPL-2.0-or-later: INCOMPATIBLE (GPL-3.0 section 13 needs version 3; new)")
  void agpl3_inGpl2OrLater_gpl3Section13() {
    assertFact("AGPL-3.0-only", "GPL-2.0-or-later", Verdict.INCOMPATIBLE, "GPL-3.0 section 13");
  }

  @Test
  @DisplayName("AGPL-3.0-only in AGPL-3.0-or-later: INCOMPATIBLE (AGPL-3.0 section 14; new)")
  void agpl3Only_inAgpl3OrLater_agpl3Section14() {
    assertFact("AGPL-3.0-only", "AGPL-3.0-or-later", Verdict.INCOMPATIBLE, "AGPL-3.0 section 14");
    assertFact("AGPL-3.0-or-later", "AGPL-3.0-only", Verdict.COMPATIBLE, "AGPL-3.0 section 14");
  }

  @Test
  @DisplayName(
      "EPL-2.0 in AGPL-3.0-only: INCOMPATIBLE (EPL-2.0 'Secondary License' is the GPL only; was CONDITIONAL)")
  void epl2_inAgpl3_epl2SecondaryLicense() {
    assertFact(
        "EPL-2.0",
        "AGPL-3.0-only",
        Verdict.INCOMPATIBLE,
        "EPL-2.0 section 1 ('Secondary License')");
    assertFact("EPL-2.0", "GPL-2.0-only", Verdict.CONDITIONAL, "Exhibit A");
  }

  @Test
  @DisplayName(
      "Artistic-2.0 in GPL-3.0-only: COMPATIBLE (Artistic-2.0 section 4(c)(ii); was CONDITIONAL)")
  void artistic2_inGpl_section4cii() {
    assertFact("Artistic-2.0", "GPL-3.0-only", Verdict.COMPATIBLE, "Artistic-2.0 section 4(c)(ii)");
    assertFact("Artistic-2.0", "GPL-2.0-only", Verdict.COMPATIBLE, "section 4(c)(ii)");
  }

  @Test
  @DisplayName(
      "BSD-4-Clause in LGPL-2.1-or-later: INCOMPATIBLE (FSF list, advertising clause; was COMPATIBLE)")
  void bsd4_inLgplOrLater_fsfList() {
    assertFact(
        "BSD-4-Clause",
        "LGPL-2.1-or-later",
        Verdict.INCOMPATIBLE,
        "FSF list, 'Original BSD license'");
    assertFact("OpenSSL", "AGPL-3.0-or-later", Verdict.INCOMPATIBLE, "'OpenSSL license'");
  }

  @Test
  @DisplayName(
      "CC-BY-3.0 in GPL-3.0-only: UNKNOWN (OSADL Unknown, FSF lists CC BY 4.0 only; was COMPATIBLE)")
  void ccBy3_inGpl_osadlUnknown() {
    assertFact("CC-BY-3.0", "GPL-3.0-only", Verdict.UNKNOWN, "OSADL matrix cells");
  }

  @Test
  @DisplayName(
      "CC-BY-4.0 in GPL-3.0-only: COMPATIBLE, in GPL-2.0-only: UNKNOWN (FSF list, CC BY 4.0; newly sourced)")
  void ccBy4_inGpl_fsfList() {
    assertFact("CC-BY-4.0", "GPL-3.0-only", Verdict.COMPATIBLE, "GPL-3.0 section 7(b)");
    assertFact("CC-BY-4.0", "GPL-2.0-or-later", Verdict.UNKNOWN, "(GPLv3 only)");
  }

  @Test
  @DisplayName(
      "EUPL-1.2 in EUPL-1.1 and in MPL-2.0: COMPATIBLE (EUPL-1.2 Article 5 and Appendix; newly sourced)")
  void eupl12_appendix() {
    assertFact(
        "EUPL-1.2", "EUPL-1.1", Verdict.COMPATIBLE, "EUPL-1.2 Article 5 and Appendix (EUPL v1.1)");
    assertFact("EUPL-1.2", "MPL-2.0", Verdict.COMPATIBLE, "EUPL-1.2 Article 5");
    assertFact("EUPL-1.1", "EUPL-1.2", Verdict.COMPATIBLE, "EUPL-1.1 Article 13");
  }

  @Test
  @DisplayName(
      "LGPL-2.1-only in LGPL-2.1-or-later: CONDITIONAL (LGPL-2.1 sections 13 and 6; newly sourced)")
  void lgpl21Only_inLgpl21OrLater_section13() {
    assertFact("LGPL-2.1-only", "LGPL-2.1-or-later", Verdict.CONDITIONAL, "LGPL-2.1 section 13");
  }

  @Test
  @DisplayName(
      "MPL-2.0 in LGPL-3.0-only: COMPATIBLE (MPL-2.0 sections 1.12 and 3.3; newly sourced)")
  void mpl2_inGplFamily_secondaryLicense() {
    assertFact("MPL-2.0", "LGPL-3.0-only", Verdict.COMPATIBLE, "MPL-2.0 section 1.12");
    assertFact("MPL-2.0-no-copyleft-exception", "GPL-3.0-only", Verdict.INCOMPATIBLE, "Exhibit B");
  }

  @Test
  @DisplayName(
      "CC-BY-SA-4.0 in GPL-3.0-only: COMPATIBLE (Creative Commons BY-SA 4.0 to GPLv3 declaration)")
  void ccBySa4_inGpl3_ccCompatibleLicenses() {
    assertFact("CC-BY-SA-4.0", "GPL-3.0-only", Verdict.COMPATIBLE, "BY-SA 4.0 -> GPLv3");
    assertFact("CC-BY-SA-3.0", "CC-BY-SA-4.0", Verdict.COMPATIBLE, "section 4(b)");
  }

  static Stream<KnowledgeBase.Fact> facts() {
    return KnowledgeBase.DEFAULT.facts().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("facts")
  void everyFactInTheDataFile_isWhatCheckAnswers_citingItsClause(KnowledgeBase.Fact fact) {
    assertFact(fact.inbound(), fact.outbound(), fact.verdict(), fact.clause());
  }
}
