package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseNormalizerTest {
  private final LicenseNormalizer normalizer = LicenseNormalizer.standard();

  @Test
  void huggingFace_hasAll83Ids_eachNormalisedWithACategory() {
    assertThat(HuggingFaceLicenses.all()).hasSize(83);
    for (String id : HuggingFaceLicenses.all().keySet()) {
      NormalizedLicense n = normalizer.normalize(id);
      assertThat(n.method()).as(id).isEqualTo(NormalizedLicense.Method.HUGGING_FACE_ID);
      assertThat(n.expression()).as(id).isPresent();
      assertThat(LicenseExpression.parse(n.spdx()))
          .as(id)
          .isEqualTo(n.expression().get());
      if (!id.equals("other") && !id.equals("unknown") && !id.equals("cc")) {
        assertThat(n.category()).as(id).isNotEqualTo(LicenseCategory.UNKNOWN);
      }
      if (n.spdx().startsWith("LicenseRef-")) {
        assertThat(n.reason()).as(id).isPresent();
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "apache-2.0                   | Apache-2.0                                       | PERMISSIVE",
        "license:apache-2.0           | Apache-2.0                                       | PERMISSIVE",
        "openrail                     | LicenseRef-openrail-unversioned                  | USE_RESTRICTED",
        "openrail++                   | LicenseRef-scancode-bigscience-open-rail-m2      | USE_RESTRICTED",
        "creativeml-openrail-m        | LicenseRef-scancode-stable-diffusion-2022-08-22  | USE_RESTRICTED",
        "bigscience-bloom-rail-1.0    | LicenseRef-scancode-bigscience-rail-1.0          | USE_RESTRICTED",
        "llama2                       | LicenseRef-scancode-llama-2-license-2023         | USE_RESTRICTED",
        "llama3                       | LicenseRef-hf-llama3                             | USE_RESTRICTED",
        "llama3.1                     | LicenseRef-scancode-llama-3.1-license-2024       | USE_RESTRICTED",
        "gemma                        | LicenseRef-hf-gemma                              | USE_RESTRICTED",
        "cc-by-nc-4.0                 | CC-BY-NC-4.0                                     | NON_COMMERCIAL",
        "cc-by-nc-sa-4.0              | CC-BY-NC-SA-4.0                                  | NON_COMMERCIAL",
        "cc-by-nd-4.0                 | CC-BY-ND-4.0                                     | NO_DERIVATIVES",
        "gpl-3.0                      | GPL-3.0-only                                     | STRONG_COPYLEFT",
        "agpl-3.0                     | AGPL-3.0-only                                    | NETWORK_COPYLEFT",
        "lgpl-lr                      | LGPLLR                                           | WEAK_COPYLEFT",
        "c-uda                        | C-UDA-1.0                                        | USE_RESTRICTED",
        "other                        | LicenseRef-hf-other                              | UNKNOWN",
        "unknown                      | LicenseRef-hf-unknown                            | UNKNOWN",
      })
  void normalize_huggingFaceIds(String input, String spdx, LicenseCategory category) {
    NormalizedLicense n = normalizer.normalize(input);
    assertThat(n.spdx()).isEqualTo(spdx);
    assertThat(n.category()).isEqualTo(category);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GPL-2.0                  | GPL-2.0-only                                  | SPDX_REPAIRED | replaced by GPL-2.0-only",
        "GPL-3.0                  | GPL-3.0-only                                  | SPDX_REPAIRED | deprecated",
        "LGPL-2.1                 | LGPL-2.1-only                                 | SPDX_REPAIRED | deprecated",
        "AGPL-3.0                 | AGPL-3.0-only                                 | SPDX_REPAIRED | deprecated",
        "GFDL-1.3                 | GFDL-1.3-only                                 | SPDX_REPAIRED | deprecated",
        "GPL-2.0+                 | GPL-2.0-or-later                              | SPDX_REPAIRED | written as",
        "MIT                      | MIT                                           | SPDX          | ",
        "BSD-3-Clause             | BSD-3-Clause                                  | SPDX          | ",
        "NOASSERTION              | NOASSERTION                                   | NOASSERTION   | not identified",
        "''                       | NONE                                          | NONE          | no license",
        "GPL-2.0-with-classpath-exception | GPL-2.0-only WITH Classpath-exception-2.0 | SPDX_REPAIRED | deprecated",
      })
  void normalize_gitHubSpdxIds(
      String input, String spdx, NormalizedLicense.Method method, String reason) {
    NormalizedLicense n = normalizer.normalize(input);
    assertThat(n.spdx()).isEqualTo(spdx);
    assertThat(n.method()).isEqualTo(method);
    if (reason == null) {
      assertThat(n.reason()).isEmpty();
    } else {
      assertThat(n.reason()).get().asString().contains(reason);
    }
  }

  @Test
  void normalize_everyDeprecatedListId_becomesAnExpressionOrSaysWhyNot() {
    for (SpdxLicenseEntry e : SpdxLicenseList.standard().licenses()) {
      if (!e.isDeprecated()) {
        continue;
      }
      NormalizedLicense n = normalizer.normalize(e.id());
      assertThat(n.reason()).as(e.id()).isPresent();
      boolean stillDeprecated = n.expression().get().simpleExpressions().stream()
          .anyMatch(
              s -> s instanceof ListedLicense l && l.entry().isDeprecated() && !l.isOrLater());
      if (stillDeprecated) {
        assertThat(n.reason().get()).as(e.id()).contains("no single replacement");
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mit                          | MIT",
        "apache-2.0                   | Apache-2.0",
        "bsd-new                      | BSD-3-Clause",
        "bsd-simplified               | BSD-2-Clause",
        "gpl-2.0                      | GPL-2.0-only",
        "gpl-2.0-plus                 | GPL-2.0-or-later",
        "gpl-3.0-plus                 | GPL-3.0-or-later",
        "lgpl-2.1-plus                | LGPL-2.1-or-later",
        "agpl-3.0-plus                | AGPL-3.0-or-later",
        "cddl-1.0                     | CDDL-1.0",
        "boost-1.0                    | BSL-1.0",
        "public-domain                | LicenseRef-scancode-public-domain",
        "other-permissive             | LicenseRef-scancode-other-permissive",
        "unknown-license-reference    | LicenseRef-scancode-unknown-license-reference",
        "warranty-disclaimer          | LicenseRef-scancode-warranty-disclaimer",
        "commercial-license           | LicenseRef-scancode-commercial-license",
        "llama-2-license-2023         | LicenseRef-scancode-llama-2-license-2023",
      })
  void normalize_scanCodeKeysAsPeatmossStoredThem(String input, String spdx) {
    assertThat(normalizer.normalize(input).spdx()).isEqualTo(spdx);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Apache 2.0                                   | Apache-2.0",
        "Apache 2                                     | Apache-2.0",
        "Apache License, Version 2.0                  | Apache-2.0",
        "The Apache Software License, Version 2.0     | Apache-2.0",
        "MIT License                                  | MIT",
        "The MIT License (MIT)                        | MIT",
        "GPLv3+                                       | GPL-3.0-or-later",
        "GPLv3                                        | GPL-3.0-only",
        "GNU GPL v2                                   | GPL-2.0-only",
        "GNU General Public License v3.0              | GPL-3.0-only",
        "GNU General Public License v2 or later       | GPL-2.0-or-later",
        "GNU Lesser General Public License v2.1       | LGPL-2.1-only",
        "LGPLv2.1+                                    | LGPL-2.1-or-later",
        "AGPLv3                                       | AGPL-3.0-only",
        "GNU Affero General Public License v3.0 only  | AGPL-3.0-only",
        "BSD 3-Clause                                 | BSD-3-Clause",
        "New BSD License                              | BSD-3-Clause",
        "Simplified BSD                               | BSD-2-Clause",
        "BSD                                          | LicenseRef-bsd-unversioned",
        "GPL                                          | LicenseRef-gpl-unversioned",
        "CC BY-NC-SA 4.0                              | CC-BY-NC-SA-4.0",
        "Creative Commons Attribution 4.0 International | CC-BY-4.0",
        "CC-BY 4.0                                    | CC-BY-4.0",
        "Attribution-NonCommercial 4.0                | CC-BY-NC-4.0",
        "Attribution-NonCommercial                    | LicenseRef-cc-by-nc-unversioned",
        "Mozilla Public License 2.0                   | MPL-2.0",
        "Eclipse Public License 2.0                   | EPL-2.0",
        "ISC License                                  | ISC",
        "Public Domain                                | LicenseRef-scancode-public-domain",
        "Llama 2                                      | LicenseRef-scancode-llama-2-license-2023",
        "Meta Llama 3 Community License               | LicenseRef-hf-llama3",
        "CreativeML OpenRAIL-M                        | LicenseRef-scancode-stable-diffusion-2022-08-22",
        "Gemma Terms of Use                           | LicenseRef-hf-gemma",
        "MIT/Apache-2.0                               | MIT OR Apache-2.0",
        "MIT or Apache 2.0                            | MIT OR Apache-2.0",
        "Apache-2.0 and MIT                           | Apache-2.0 AND MIT",
        "mit And apache-2.0                           | MIT AND Apache-2.0",
        "CC0                                          | CC0-1.0",
        "zlib License                                 | Zlib",
        "WTFPL                                        | WTFPL",
      })
  void normalize_freeText(String input, String spdx) {
    NormalizedLicense n = normalizer.normalize(input);
    assertThat(n.spdx()).as(n.toString()).isEqualTo(spdx);
    assertThat(n.isMapped()).isTrue();
    if (n.method() != NormalizedLicense.Method.SPDX) {
      assertThat(n.reason()).as(input).isPresent();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "see LICENSE file                 | LicenseRef-unmapped-see-license-file",
        "Custom license: ask the author   | LicenseRef-unmapped-custom-license-ask-the-author",
        "Apache 7.5                       | LicenseRef-unmapped-apache-7.5",
        "GPLv9                            | LicenseRef-unmapped-gplv9",
        "!!!                              | LicenseRef-unmapped-e84c538e",
        "MIT or something else            | LicenseRef-unmapped-mit-or-something-else",
      })
  void normalize_unmappable_becomesLicenseRefWithReason(String input, String spdx) {
    NormalizedLicense n = normalizer.normalize(input);
    assertThat(n.spdx()).isEqualTo(spdx);
    assertThat(n.method()).isEqualTo(NormalizedLicense.Method.UNMAPPED);
    assertThat(n.category()).isEqualTo(LicenseCategory.UNKNOWN);
    assertThat(n.isMapped()).isFalse();
    assertThat(n.reason()).get().asString().contains("rather than guessed").contains(input.strip());
  }

  @Test
  void normalizeAll_combinesRecordedLicensesWithAnd() {
    NormalizedLicense n = normalizer.normalizeAll(List.of("mit", "cc-by-nc-4.0", "mit"));
    assertThat(n.spdx()).isEqualTo("MIT AND CC-BY-NC-4.0");
    assertThat(n.category()).isEqualTo(LicenseCategory.NON_COMMERCIAL);
    assertThat(n.reason()).get().asString().contains("2 licenses recorded; all apply (AND)");
    assertThat(normalizer.normalizeAll(List.of()))
        .satisfies(x -> assertThat(x.spdx()).isEqualTo("NONE"))
        .satisfies(x -> assertThat(x.category()).isEqualTo(LicenseCategory.NO_LICENSE));
    assertThat(normalizer.normalizeAll(List.of("apache-2.0")).spdx()).isEqualTo("Apache-2.0");
  }

  @Test
  void category_ofCompound_isMostRestrictiveForAndAndLeastForOr() {
    assertThat(normalizer.normalize("MIT OR GPL-3.0-only").category())
        .isEqualTo(LicenseCategory.PERMISSIVE);
    assertThat(normalizer.normalize("MIT AND GPL-3.0-only").category())
        .isEqualTo(LicenseCategory.STRONG_COPYLEFT);
    assertThat(normalizer.normalize("GPL-2.0-only WITH Classpath-exception-2.0").category())
        .isEqualTo(LicenseCategory.WEAK_COPYLEFT);
  }

  @Test
  void unmappable_otherScriptsAndEmoji_getDistinctStableIds() {
    String chinese = normalizer.normalize("許可證").spdx();
    String emoji = normalizer.normalize("\uD83D\uDE00").spdx();
    String otherEmoji = normalizer.normalize("\uD83D\uDE4F").spdx();
    String mixed = normalizer.normalize("Licence \u00e0 lire").spdx();
    assertThat(chinese).matches("LicenseRef-unmapped-[0-9a-f]{8}");
    assertThat(emoji).matches("LicenseRef-unmapped-[0-9a-f]{8}");
    assertThat(mixed).matches("LicenseRef-unmapped-licence-lire-[0-9a-f]{8}");
    assertThat(List.of(chinese, emoji, otherEmoji, mixed)).doesNotHaveDuplicates();
    assertThat(normalizer.normalize("許可證").spdx()).as("stable").isEqualTo(chinese);
    assertThat(LicenseExpression.parse(chinese).toString()).isEqualTo(chinese);
    String longText = "a".repeat(70);
    assertThat(normalizer.normalize(longText).spdx())
        .isNotEqualTo(normalizer.normalize(longText + "b").spdx());
  }

  @Test
  void fullWidthMit_isFoldedByNfkc_toMit() {
    NormalizedLicense n = normalizer.normalize("\uFF2D\uFF29\uFF34");
    assertThat(n.spdx()).isEqualTo("MIT");
    assertThat(n.method()).isEqualTo(NormalizedLicense.Method.SPDX_REPAIRED);
    assertThat(n.reason()).get().asString().contains("Unicode NFKC folded");
    assertThat(normalizer.normalize("\uFF41\uFF50\uFF41\uFF43\uFF48\uFF45-2.0").spdx())
        .isEqualTo("Apache-2.0");
  }

  @Test
  void scanCodeCategory_isTheCoarseOneOtherToolsReport() {
    assertThat(normalizer.normalize("mit").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.PERMISSIVE);
    assertThat(normalizer.normalize("lgpl-2.1").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.COPYLEFT_LIMITED);
    assertThat(normalizer.normalize("gpl-3.0").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.COPYLEFT);
    assertThat(normalizer.normalize("llama2").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.PROPRIETARY_FREE);
    assertThat(normalizer.normalize("cc-by-nc-4.0").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.SOURCE_AVAILABLE);
    assertThat(normalizer.normalize("c-uda").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.FREE_RESTRICTED);
    assertThat(normalizer.normalize("cc0-1.0").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.PUBLIC_DOMAIN);
    assertThat(normalizer.normalize("MIT AND GPL-3.0-only").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.COPYLEFT);
    assertThat(normalizer.normalize("MIT OR GPL-3.0-only").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.PERMISSIVE);
    assertThat(normalizer.normalize("see LICENSE").scanCodeCategory())
        .isEqualTo(ScanCodeCategory.UNKNOWN);
    assertThat(ScanCodeCategory.COPYLEFT_LIMITED.label()).isEqualTo("Copyleft Limited");
  }
}
