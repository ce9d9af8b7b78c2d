package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseCompatibilityTest {
  private final LicenseCompatibility compatibility = LicenseCompatibility.create();

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // permissive and public domain inbound fit anywhere
        "MIT                       | Apache-2.0           | COMPATIBLE   | permissive",
        "apache-2.0                | GPL-3.0-only         | COMPATIBLE   | permissive",
        "MIT                       | ''                   | COMPATIBLE   | permissive",
        "CC0-1.0                   | LicenseRef-x         | COMPATIBLE   | no conditions",
        "mit                       | mit                  | COMPATIBLE   | same license",
        // known pairwise facts
        "Apache-2.0                | GPL-2.0-only         | INCOMPATIBLE | patent termination",
        "Apache-2.0                | GPL-2.0-or-later     | INCOMPATIBLE | relicense the project as GPL-3.0-or-later",
        "GPL-2.0-only              | GPL-3.0-only         | INCOMPATIBLE | only code licensed 'or any later version' may",
        "GPL-2.0-or-later          | GPL-3.0-only         | COMPATIBLE   | choose version 2 or any later version",
        "GPL-3.0-only              | GPL-3.0-or-later     | INCOMPATIBLE | relicense the project as GPL-3.0-only",
        "LGPL-2.1-only             | GPL-2.0-only         | COMPATIBLE   | section 3",
        "LGPL-3.0-only             | GPL-2.0-only         | INCOMPATIBLE | version 3 code cannot be distributed under GPL-2.0",
        "LGPL-2.1-only             | MIT                  | CONDITIONAL  | weak copyleft",
        "MPL-2.0                   | GPL-2.0-or-later     | COMPATIBLE   | Secondary License",
        "MPL-2.0                   | MIT                  | CONDITIONAL  | weak copyleft",
        "MPL-2.0-no-copyleft-exception | GPL-3.0-only     | INCOMPATIBLE | Incompatible With Secondary Licenses",
        "AGPL-3.0-only             | GPL-3.0-only         | CONDITIONAL  | section 13",
        "AGPL-3.0-only             | MIT                  | INCOMPATIBLE | network copyleft",
        "CC-BY-SA-4.0              | GPL-3.0-only         | COMPATIBLE   | one-way",
        "CC-BY-SA-3.0              | CC-BY-SA-4.0         | COMPATIBLE   | later version of BY-SA",
        "CC-BY-SA-4.0              | MIT                  | INCOMPATIBLE | share-alike",
        "EPL-1.0                   | GPL-2.0-only         | INCOMPATIBLE | EPL-1.0",
        // copyleft inbound
        "gpl-3.0                   | MIT                  | INCOMPATIBLE | must be licensed under GPL-3.0-only",
        "GPL-3.0-only              | ''                   | INCOMPATIBLE | which has no license",
        "GPL-3.0-only              | LicenseRef-x         | UNKNOWN      | cannot tell",
        "GPL-2.0-only WITH Classpath-exception-2.0 | MIT  | CONDITIONAL  | Classpath exception",
        // model licenses
        "bigscience-bloom-rail-1.0 | Apache-2.0           | CONDITIONAL  | use-based restrictions must be passed on",
        "creativeml-openrail-m     | MIT                  | CONDITIONAL  | use-based restrictions",
        "openrail                  | GPL-3.0-only         | INCOMPATIBLE | forbids adding further restrictions",
        "bigscience-openrail-m     | bigscience-openrail-m | COMPATIBLE  | same license",
        "gemma                     | Apache-2.0           | CONDITIONAL  | use-based restrictions",
        "llama2                    | MIT                  | CONDITIONAL  | no improving other LLMs",
        "llama3.1                  | Apache-2.0           | CONDITIONAL  | Built with Llama",
        "cc-by-nc-4.0              | MIT                  | INCOMPATIBLE | forbids commercial use",
        "cc-by-nc-4.0              | CC-BY-NC-SA-4.0      | COMPATIBLE   | both sides exclude commercial use",
        "cc-by-nc-4.0              | ''                   | CONDITIONAL  | non-commercially",
        "cc-by-nd-4.0              | MIT                  | CONDITIONAL  | only unmodified copies",
        "fair-noncommercial-research-license | Apache-2.0 | INCOMPATIBLE | forbids commercial use",
        // unknowns
        "other                     | MIT                  | UNKNOWN      | terms are not known",
        "NOASSERTION               | MIT                  | UNKNOWN      | not identified",
        "''                        | MIT                  | UNKNOWN      | no license is recorded",
        "see the website           | MIT                  | UNKNOWN      | not in the knowledge base",
        "LicenseRef-scancode-commercial-license | MIT     | UNKNOWN      | agreement",
        // expressions: inbound OR needs one, AND needs all; outbound OR needs one
        "GPL-3.0-only OR MIT       | Apache-2.0           | COMPATIBLE   | works best",
        "GPL-3.0-only AND MIT      | Apache-2.0           | INCOMPATIBLE | GPL-3.0-only",
        "GPL-3.0-only              | MIT OR GPL-3.0-only  | COMPATIBLE   | same license",
        "GPL-3.0-only              | MIT AND GPL-3.0-only | INCOMPATIBLE | GPL-3.0-only",
      })
  void check_knownCases(String inbound, String outbound, Verdict verdict, String reason) {
    CompatibilityResult r = compatibility.check(inbound, outbound);
    assertThat(r.verdict()).as(r.toString()).isEqualTo(verdict);
    assertThat(r.reasons()).as(r.toString()).anySatisfy(x -> assertThat(x).contains(reason));
  }

  @Test
  void check_conditional_listsTheObligations() {
    CompatibilityResult r = compatibility.check("llama2", "MIT");
    assertThat(r.inbound()).isEqualTo("LicenseRef-scancode-llama-2-license-2023");
    assertThat(r.outbound()).isEqualTo("MIT");
    assertThat(r.obligations())
        .containsExactly(
            Obligation.ATTRIBUTION,
            Obligation.PASS_DOWN_USE_RESTRICTIONS,
            Obligation.LLAMA_TERMS,
            Obligation.NO_TRAINING_OTHER_MODELS);
    assertThat(compatibility.check("cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0").obligations())
        .contains(Obligation.NON_COMMERCIAL, Obligation.SHARE_ALIKE);
    assertThat(compatibility.check("cc-by-nc-4.0", "MIT").obligations()).isEmpty();
  }

  @Test
  void check_severalModels_allApply() {
    LicenseNormalizer n = compatibility.normalizer();
    CompatibilityResult r = compatibility.check(
        List.of(n.normalize("mit"), n.normalize("creativeml-openrail-m")),
        n.normalize("Apache-2.0"));
    assertThat(r.inbound()).isEqualTo("MIT AND LicenseRef-scancode-stable-diffusion-2022-08-22");
    assertThat(r.verdict()).isEqualTo(Verdict.CONDITIONAL);
  }

  @Test
  void matrix_overridesTheKnowledgeBase_onlyWhereItHasACell() {
    CompatibilityMatrix matrix = CompatibilityMatrix.readOsadlJson(fixture("seqexpl-small.json"));
    assertThat(matrix.licenses()).containsExactly("MIT", "GPL-2.0-only");
    assertThat(matrix.size()).isEqualTo(5);
    LicenseCompatibility withMatrix =
        LicenseCompatibility.builder().matrix(matrix).build();

    assertThat(compatibility.check("GPL-3.0-only", "MIT").verdict())
        .isEqualTo(Verdict.INCOMPATIBLE);
    CompatibilityResult overridden = withMatrix.check("GPL-3.0-only", "MIT");
    assertThat(overridden.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(overridden.reasons())
        .singleElement()
        .asString()
        .contains("external matrix")
        .contains("MIT <- GPL-3.0-only is 'Yes'")
        .contains("contradicts the knowledge base on purpose");

    assertThat(withMatrix.check("Apache-2.0", "MIT").verdict()).isEqualTo(Verdict.UNKNOWN);
    CompatibilityResult check = withMatrix.check("LGPL-2.1-only", "GPL-2.0-only");
    assertThat(check.verdict()).isEqualTo(Verdict.CONDITIONAL);
    assertThat(check.obligations()).contains(Obligation.CHECK_COMBINATION);
    // not in the matrix: the knowledge base decides
    assertThat(withMatrix.check("cc-by-nc-4.0", "MIT").verdict()).isEqualTo(Verdict.INCOMPATIBLE);
  }

  @Test
  void matrix_flatShape_isReadToo() {
    CompatibilityMatrix matrix = CompatibilityMatrix.readOsadlJson(fixture("flat-small.json"));
    assertThat(matrix.licenses()).containsExactly("Apache-2.0", "ISC");
    LicenseCompatibility withMatrix =
        LicenseCompatibility.builder().matrix(matrix).build();
    assertThat(withMatrix.check("MIT", "ISC").verdict()).isEqualTo(Verdict.INCOMPATIBLE);
    assertThat(withMatrix.check("GPL-3.0-only", "Apache-2.0").verdict())
        .isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void matrix_badInput_isDecodeExceptionSayingWhatToDo() {
    assertThatThrownBy(() -> CompatibilityMatrix.readOsadlJson(fixture("bad-cell.json")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("[MIT][ISC] is 'Maybe'")
        .hasMessageContaining("expected Yes, Same, No, Unknown or Check dependency");
    assertThatThrownBy(() -> CompatibilityMatrix.readOsadlJson(fixture("missing.json")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> CompatibilityMatrix.readOsadlJson(
            new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), "inline"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> CompatibilityMatrix.readOsadlJson(
            new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "inline"))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not a JSON object");
  }

  static Path fixture(String name) {
    return Paths.get("src/test/resources/fixtures/matrix", name);
  }
}
