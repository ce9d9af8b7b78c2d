package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each reading of the normaliser with the method and reason it records; free-text families. */
class LicenseNormalizerBranchesTest {
  private final LicenseNormalizer normalizer = LicenseNormalizer.standard();

  private static String read(String text) {
    return FreeText.standard().match(text).map(FreeText.Match::spdx).orElse("(none)");
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"         | no license recorded",
        "null         | no license recorded",
        "None         | 'None' means no license",
        "No License   | 'No License' means no license",
      })
  void noLicense_spellings(String raw, String reason) {
    NormalizedLicense n = normalizer.normalize(raw);
    assertThat(n.method()).isEqualTo(NormalizedLicense.Method.NONE);
    assertThat(n.reason()).contains(reason);
  }

  @Test
  void unicodeFolding_isNamedBeforeTheReadingItLedTo() {
    NormalizedLicense mit = normalizer.normalize("ＭＩＴ");
    assertThat(mit.spdx()).isEqualTo("MIT");
    assertThat(mit.method()).isEqualTo(NormalizedLicense.Method.SPDX_REPAIRED);
    assertThat(mit.reason()).contains("Unicode NFKC folded 'ＭＩＴ' to 'MIT'");
    NormalizedLicense gpl = normalizer.normalize("ＧＰＬｖ３");
    assertThat(gpl.spdx()).isEqualTo("GPL-3.0-only");
    assertThat(gpl.method()).isEqualTo(NormalizedLicense.Method.FREE_TEXT);
    assertThat(gpl.reason().get())
        .startsWith(
            "Unicode NFKC folded 'ＧＰＬｖ３' to 'GPLv3'; free text 'GPLv3' read as GPL-3.0-only");
  }

  @Test
  void hubIds_inLowerCaseOrAsTags_withTheirReasonIfAny() {
    assertThat(normalizer.normalize("apache-2.0").method())
        .isEqualTo(NormalizedLicense.Method.HUGGING_FACE_ID);
    NormalizedLicense tag = normalizer.normalize("license:Apache-2.0");
    assertThat(tag.method()).isEqualTo(NormalizedLicense.Method.HUGGING_FACE_ID);
    assertThat(tag.spdx()).isEqualTo("Apache-2.0");
    assertThat(normalizer.normalize("Apache-2.0").method())
        .isEqualTo(NormalizedLicense.Method.SPDX);
    assertThat(normalizer.normalize("mit").reason()).isEmpty();
    assertThat(normalizer.normalize("llama2").reason())
        .contains(
            "Hugging Face id 'llama2': not on the SPDX list; ScanCode key llama-2-license-2023");
    assertThat(HuggingFaceLicenses.find(" License:MIT "))
        .isEqualTo(HuggingFaceLicenses.find("mit"));
  }

  @Test
  void scanCodePlusKeys_whoseBaseIsAScanCodeKey() {
    NormalizedLicense n = normalizer.normalize("bsd-new-plus");
    assertThat(n.spdx()).isEqualTo("BSD-3-Clause+");
    assertThat(n.method()).isEqualTo(NormalizedLicense.Method.SCANCODE_KEY);
    assertThat(n.reason()).contains("ScanCode key 'bsd-new-plus' is BSD-3-Clause or later");
  }

  @Test
  void freeTextLists_keepTheReasonsOfTheirParts() {
    NormalizedLicense n = normalizer.normalize("MIT / Apache 2.0");
    assertThat(n.spdx()).isEqualTo("MIT OR Apache-2.0");
    assertThat(n.reason())
        .contains("free text 'MIT / Apache 2.0' split into 2 licenses joined by OR;"
            + " free text 'Apache 2.0' read as Apache-2.0");
  }

  @Test
  void normalizeAll_inputsMethodsAndReasons() {
    NormalizedLicense empty = normalizer.normalizeAll(List.of());
    assertThat(empty.input()).isEmpty();
    assertThat(empty.method()).isEqualTo(NormalizedLicense.Method.NONE);
    NormalizedLicense nones = normalizer.normalizeAll(List.of("", "none"));
    assertThat(nones.input()).isEqualTo(", none");
    assertThat(nones.method()).isEqualTo(NormalizedLicense.Method.NONE);
    NormalizedLicense same = normalizer.normalizeAll(List.of("MIT", "mit"));
    assertThat(same.spdx()).isEqualTo("MIT");
    assertThat(same.input()).isEqualTo("MIT, mit");
    assertThat(normalizer.normalizeAll(List.of("Apache-2.0")).input()).isEqualTo("Apache-2.0");
    assertThat(normalizer.normalizeAll(List.of("MIT", "Apache-2.0")).method())
        .isEqualTo(NormalizedLicense.Method.SPDX);
    NormalizedLicense repaired = normalizer.normalizeAll(List.of("MIT", "GPLv3"));
    assertThat(repaired.method()).isEqualTo(NormalizedLicense.Method.SPDX_REPAIRED);
    assertThat(repaired.reason().get())
        .isEqualTo(
            "2 licenses recorded; all apply (AND); GPLv3: free text 'GPLv3' read as GPL-3.0-only:"
                + " 'only' or 'or later' not stated; read as GPL-3.0-only");
    assertThat(normalizer.normalizeAll(List.of("MIT", "foo bar")).method())
        .isEqualTo(NormalizedLicense.Method.UNMAPPED);
    NormalizedLicense noassertion = normalizer.normalizeAll(List.of("MIT", "NOASSERTION"));
    assertThat(noassertion.spdx()).isEqualTo("MIT AND LicenseRef-noassertion");
    assertThat(noassertion.method()).isEqualTo(NormalizedLicense.Method.UNMAPPED);
    assertThat(normalizer.normalizeAll(List.of("foo bar", "GPLv3")).method())
        .isEqualTo(NormalizedLicense.Method.UNMAPPED);
  }

  @Test
  void unmapped_showsAtMost120Characters_andSlugsAtMost60() {
    String q120 = "q".repeat(120);
    assertThat(normalizer.normalize(q120).reason().get()).startsWith("'" + q120 + "' is not");
    assertThat(normalizer.normalize(q120 + "r").reason().get())
        .startsWith("'" + q120 + "...' is not");
    assertThat(LicenseNormalizer.unmappedName("a".repeat(60)))
        .isEqualTo("unmapped-" + "a".repeat(60));
    assertThat(LicenseNormalizer.unmappedName("a".repeat(61)))
        .matches("unmapped-a{60}-[0-9a-f]{8}");
    assertThat(LicenseNormalizer.unmappedName("x\u007f")).isEqualTo("unmapped-x");
    assertThat(LicenseNormalizer.unmappedName("x\u0080")).matches("unmapped-x-[0-9a-f]{8}");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Do What The Fuck You Want To Public License                 | WTFPL",
        "CC BY-NC-ND 4.0                                             | CC-BY-NC-ND-4.0",
        "Creative Commons Attribution-NoDerivatives 4.0 International | CC-BY-ND-4.0",
        "Creative Commons Attribution No Derivatives 4.0             | CC-BY-ND-4.0",
        "Creative Commons Attribution 4.0                            | CC-BY-4.0",
        "CC NC 4.0                                                   | CC-BY-NC-4.0",
        "CC Non Commercial 4.0                                       | CC-BY-NC-4.0",
        "CC SA 4.0                                                   | CC-BY-SA-4.0",
        "CC ND 4.0                                                   | CC-BY-ND-4.0",
        "CC0                                                         | CC0-1.0",
        "Creative Commons                                            | LicenseRef-cc-unversioned",
        "CC BY-ND-SA 4.0                                             | (none)",
        "Vim License                                                 | Vim",
        "The License                                                 | (none)",
      })
  void freeText_families(String text, String spdx) {
    assertThat(read(text)).isEqualTo(spdx);
  }

  @Test
  void freeText_reasons_sayWhyOnlyWhenThereIsSomethingToSay() {
    assertThat(FreeText.standard().match("Apache 2.0").get().reason())
        .isEqualTo("free text 'Apache 2.0' read as Apache-2.0");
    assertThat(FreeText.standard().match("Vim License").get().reason())
        .isEqualTo("free text 'Vim License' read as Vim");
    assertThat(FreeText.standard().match("llama 2").get().reason())
        .isEqualTo(
            "free text 'llama 2' read as LicenseRef-scancode-llama-2-license-2023: not on the SPDX"
                + " list; ScanCode key llama-2-license-2023");
  }

  @Test
  void freeText_idsThatSquashToTheSameText_areNotGuessed() {
    SpdxLicenseEntry foo = SpdxLicenseEntry.builder()
        .id("Foo-1")
        .name("Foo")
        .deprecated(false)
        .osiApproved(false)
        .build();
    SpdxLicenseEntry foo1 = SpdxLicenseEntry.builder()
        .id("Foo1")
        .name("Foo")
        .deprecated(false)
        .osiApproved(false)
        .build();
    SpdxLicenseEntry bar = SpdxLicenseEntry.builder()
        .id("Bar-2")
        .name("Bar")
        .deprecated(false)
        .osiApproved(false)
        .build();
    SpdxLicenseList list =
        SpdxLicenseList.of("1", "", Map.of("foo-1", foo, "foo1", foo1, "bar-2", bar), Map.of());
    FreeText text = new FreeText(list);
    assertThat(text.match("Foo 1")).isEmpty();
    assertThat(text.match("Bar 2").map(FreeText.Match::spdx)).contains("Bar-2");
  }
}
