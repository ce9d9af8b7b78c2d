package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each family of free-text license names and the SPDX text it is read as. */
class FreeTextFamiliesTest {
  private static String read(String text) {
    return FreeText.standard().match(text).map(FreeText.Match::spdx).orElse("(none)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Public domain and proprietary.
        "Public Domain                    | LicenseRef-scancode-public-domain",
        "PD                               | LicenseRef-scancode-public-domain",
        "public-domain                    | LicenseRef-scancode-public-domain",
        "Proprietary                      | LicenseRef-scancode-proprietary-license",
        "Commercial                       | LicenseRef-scancode-proprietary-license",
        "All Rights Reserved              | LicenseRef-scancode-proprietary-license",
        // MIT.
        "MIT License                      | MIT",
        "Expat                            | MIT",
        "MIT-style                        | MIT",
        "MIT-0                            | MIT-0",
        "MIT No Attribution               | MIT-0",
        // Apache without a version.
        "Apache                           | LicenseRef-apache-unversioned",
        "Apache-style                     | LicenseRef-apache-unversioned",
        "ASL                              | LicenseRef-apache-unversioned",
        "WTFPL                            | WTFPL",
        // The GNU family.
        "GPLv3                            | GPL-3.0-only",
        "GPLv3+                           | GPL-3.0-or-later",
        "GNU GPL v2 only                  | GPL-2.0-only",
        "GPL 2 or later                   | GPL-2.0-or-later",
        "GPL                              | LicenseRef-gpl-unversioned",
        "LGPL 2.1                         | LGPL-2.1-only",
        "GNU Lesser General Public License v3 | LGPL-3.0-only",
        "GNU Library General Public License 2 | LGPL-2.0-only",
        "LGPL                             | LicenseRef-lgpl-unversioned",
        "AGPL-3.0                         | AGPL-3.0-only",
        "GNU Affero General Public License v3 or later | AGPL-3.0-or-later",
        "AGPL                             | LicenseRef-agpl-unversioned",
        "GFDL 1.3                         | GFDL-1.3-only",
        "GNU Free Documentation License v1.3 | GFDL-1.3-only",
        "GPL 9                            | (none)",
        // Creative Commons.
        "CC BY 4.0                        | CC-BY-4.0",
        "cc-by-4                          | CC-BY-4.0",
        "CC BY-SA 4.0                     | CC-BY-SA-4.0",
        "CC BY-ND 4.0                     | CC-BY-ND-4.0",
        "CC BY-NC-SA 4.0                  | CC-BY-NC-SA-4.0",
        "Creative Commons Attribution Non Commercial 4.0 International | CC-BY-NC-4.0",
        "Creative Commons NoDerivatives 4.0 | CC-BY-ND-4.0",
        "CC0                              | CC0-1.0",
        "Creative Commons                 | LicenseRef-cc-unversioned",
        "CC BY-SA                         | LicenseRef-cc-by-sa-unversioned",
        "CC BY-ND-SA 4.0                  | (none)",
        "CC BY 9.0                        | (none)",
        "Attribution-NonCommercial 4.0 International | CC-BY-NC-4.0",
        "Attribution-ShareAlike 4.0       | CC-BY-SA-4.0",
        "Attribution 4.0 International    | CC-BY-4.0",
        // BSD.
        "BSD Zero Clause                  | 0BSD",
        "BSD-0-Clause                     | 0BSD",
        "BSD 2-Clause                     | BSD-2-Clause",
        "Simplified BSD                   | BSD-2-Clause",
        "BSD (FreeBSD)                    | BSD-2-Clause",
        "BSD (NetBSD)                     | BSD-2-Clause",
        "BSD 3-Clause                     | BSD-3-Clause",
        "New BSD                          | BSD-3-Clause",
        "Revised BSD                      | BSD-3-Clause",
        "Modified BSD                     | BSD-3-Clause",
        "BSD 3-Clause Clear               | BSD-3-Clause-Clear",
        "BSD 4-Clause                     | BSD-4-Clause",
        "Original BSD                     | BSD-4-Clause",
        "BSD                              | LicenseRef-bsd-unversioned",
        "BSD-style                        | LicenseRef-bsd-unversioned",
        "BSD-like                         | LicenseRef-bsd-unversioned",
        "BSD with extras                  | (none)",
        // Names whose family word has a synonym, then the SPDX id.
        "Eclipse Public License 2.0       | EPL-2.0",
        "Mozilla Public License 2.0       | MPL-2.0",
        "Boost Software License 1.0       | BSL-1.0",
        "European Union Public Licence 1.2 | EUPL-1.2",
        "Academic Free License 3.0        | AFL-3.0",
        "Educational Community License 2.0 | ECL-2.0",
        "Open Software License 3.0        | OSL-3.0",
        "SIL Open Font License 1.1        | OFL-1.1",
        "Apache 2                         | Apache-2.0",
        "Unknown words here               | (none)"
      })
  void freeText_readsEachFamily(String text, String spdx) {
    assertThat(read(text)).isEqualTo(spdx);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "the license", "(version)"})
  void freeText_ofNothingButStopWords_isNotRead(String text) {
    assertThat(FreeText.standard().match(text)).isEmpty();
  }

  @Test
  void reasons_sayWhatWasReadAndWhatIsMissing() {
    assertThat(FreeText.standard().match(" GPLv3 ").orElseThrow().reason())
        .isEqualTo("free text 'GPLv3' read as GPL-3.0-only: 'only' or 'or later' not stated;"
            + " read as GPL-3.0-only");
    assertThat(FreeText.standard().match("GPLv3+").orElseThrow().reason())
        .isEqualTo("free text 'GPLv3+' read as GPL-3.0-or-later");
    assertThat(FreeText.standard().match("GPL-2.0 only").orElseThrow().reason())
        .isEqualTo("free text 'GPL-2.0 only' read as GPL-2.0-only");
    assertThat(FreeText.standard().match("Expat").orElseThrow().reason())
        .isEqualTo("free text 'Expat' read as MIT");
    assertThat(FreeText.standard().match("BSD").orElseThrow().reason())
        .isEqualTo(
            "free text 'BSD' read as LicenseRef-bsd-unversioned: the BSD clause count is not stated");
    assertThat(FreeText.standard().match("CC BY").orElseThrow().reason())
        .endsWith("the Creative Commons version is not stated");
    assertThat(FreeText.standard().match("LGPL").orElseThrow().reason())
        .endsWith("the LGPL version is not stated");
  }

  @Test
  void canonical_lowerCasesSplitsVersionsAndDropsStopWordsAndRepeats() {
    assertThat(FreeText.canonical("GPLv3+")).isEqualTo("gpl 3 +");
    assertThat(FreeText.canonical("The MIT License (MIT)")).isEqualTo("mit");
    assertThat(FreeText.canonical("Apache Licence, Version 2.0")).isEqualTo("apache 2.0");
    assertThat(FreeText.canonical("GPL v2 or any later version")).isEqualTo("gpl 2 +");
    assertThat(FreeText.canonical("see https://example.org/LICENSE")).isEqualTo("see");
    assertThat(FreeText.canonical("Eclipse 2.0.")).isEqualTo("epl 2.0");
  }
}
