package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenseExpressionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT                                              | MIT",
        "mit                                              | MIT",
        "mIt                                              | MIT",
        "apache-2.0 or MIT                                | Apache-2.0 OR MIT",
        "LGPL-2.1-only OR BSD-3-Clause AND MIT            | LGPL-2.1-only OR BSD-3-Clause AND MIT",
        "(LGPL-2.1-only OR BSD-3-Clause) AND MIT          | (LGPL-2.1-only OR BSD-3-Clause) AND MIT",
        "((MIT))                                          | MIT",
        "MIT AND (LGPL-2.1-or-later OR BSD-3-Clause)      | MIT AND (LGPL-2.1-or-later OR BSD-3-Clause)",
        "MIT AND (Apache-2.0 AND ISC)                     | MIT AND Apache-2.0 AND ISC",
        "MIT OR (Apache-2.0 AND ISC)                      | MIT OR Apache-2.0 AND ISC",
        "CDDL-1.0+                                        | CDDL-1.0+",
        "GPL-2.0+                                         | GPL-2.0+",
        "GPL-2.0-or-later WITH Bison-exception-2.2        | GPL-2.0-or-later WITH Bison-exception-2.2",
        "gpl-2.0-only with classpath-exception-2.0        | GPL-2.0-only WITH Classpath-exception-2.0",
        "LicenseRef-23                                    | LicenseRef-23",
        "LicenseRef-MIT-Style-1                           | LicenseRef-MIT-Style-1",
        "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2 | DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
        "MIT WITH AdditionRef-my-exception                | MIT WITH AdditionRef-my-exception",
        "MIT OR(Apache-2.0)                               | MIT OR Apache-2.0",
        "(MIT)AND ISC                                     | MIT AND ISC",
        "ETALAB-2.0                                       | etalab-2.0",
        "'  MIT\tOR   ISC  '                              | MIT OR ISC",
      })
  void parse_validExpression_printsCanonically(String input, String canonical) {
    assertThat(LicenseExpression.parse(input)).hasToString(canonical);
  }

  @Test
  void parse_precedence_plusThenWithThenAndThenOr() {
    LicenseExpression e =
        LicenseExpression.parse("MIT OR GPL-2.0+ WITH Classpath-exception-2.0 AND ISC");
    assertThat(e)
        .isEqualTo(LicenseExpression.or(
            LicenseExpression.license("MIT"),
            LicenseExpression.and(
                WithExpression.of(
                    ListedLicense.of("GPL-2.0").orLater(),
                    Addition.exception("Classpath-exception-2.0")),
                LicenseExpression.license("ISC"))));
  }

  @Test
  void parse_licenseRef_variablePartIsCaseInsensitiveButPrintedAsGiven() {
    assertThat(LicenseExpression.parse("LicenseRef-Foo"))
        .isEqualTo(LicenseExpression.parse("LicenseRef-fOO"))
        .hasToString("LicenseRef-Foo");
  }

  @Test
  void parse_deprecatedId_isKeptAndFlagged() {
    ListedLicense gpl = (ListedLicense) LicenseExpression.parse("gpl-2.0");
    assertThat(gpl.id()).isEqualTo("GPL-2.0");
    assertThat(gpl.entry().isDeprecated()).isTrue();
  }

  /** Every malformed input: the position of the first problem and what was expected there. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "\"\"                           | 0  | the expression is empty",
        "\"   \"                        | 0  | the expression is empty",
        "MIT AND                        | 7  | ends where a license was expected",
        "MIT AND AND ISC                | 8  | operator 'AND' where a license was expected",
        "MIT And ISC                    | 4  | mixes upper and lower case",
        "MIT Or ISC                     | 4  | mixes upper and lower case",
        "MIT With Classpath-exception-2.0 | 4 | mixes upper and lower case",
        "MIT ISC                        | 4  | unexpected 'ISC'",
        "(MIT                           | 4  | the '(' at position 0 is not closed",
        "MIT)                           | 3  | a ')' without a matching '('",
        "()                             | 1  | unexpected ')'",
        "MIT +                          | 4  | no space is allowed between a license id and '+'",
        "MIT++                          | 4  | a second '+'",
        "MIT+AND ISC                    | 4  | a space is needed before 'AND'",
        "LicenseRef-x+                  | 12 | '+' may follow only a listed license id",
        "Apache-2                       | 0  | unknown license id 'Apache-2' (did you mean Apache-2.0?)",
        "GPLv3                          | 0  | unknown license id 'GPLv3' (did you mean GPL-3.0-only?)",
        "MIT OR bsd-new                 | 7  | unknown license id 'bsd-new' (did you mean BSD-3-Clause?)",
        "MIT AND Foo-1.0                | 8  | unknown license id 'Foo-1.0'",
        "bsd                            | 0  | unknown license id 'bsd';",
        "Classpath-exception-2.0        | 0  | is a license exception; write it after WITH",
        "MIT WITH                       | 8  | the expression ends after WITH",
        "MIT WITH ISC                   | 9  | 'ISC' is a license, not an exception",
        "MIT WITH Nope-exception        | 9  | unknown license exception 'Nope-exception'",
        "(MIT) WITH LLVM-exception      | 6  | WITH may follow only a single license",
        "(MIT AND ISC) WITH LLVM-exception | 14 | WITH may follow only a single license",
        "MIT WITH LLVM-exception WITH LLVM-exception | 24 | unexpected 'WITH'",
        "licenseref-foo                 | 0  | must be written 'LicenseRef-'",
        "LicenseRef-                    | 11 | must be followed by a name",
        "LicenseRef-a_b                 | 12 | unexpected character '_'",
        "LicenseRef-a:b                 | 12 | unexpected ':'",
        "DocumentRef-x                  | 13 | needs ':'",
        "DocumentRef-x:MIT              | 14 | after 'DocumentRef-x:'",
        "DocumentRef-:LicenseRef-y      | 12 | must be followed by a name",
        "MIT WITH DocumentRef-d:LicenseRef-y | 23 | after 'DocumentRef-d:'",
        "MIT/Apache-2.0                 | 3  | unexpected character '/'",
        "MIT, Apache-2.0                | 3  | unexpected character ','",
        "Apache 2.0                     | 0  | unknown license id 'Apache'",
        "MIT_License                    | 3  | unexpected character '_'",
        "MIT OR\\nISC                    | 6  | a line break",
        "GPL:2.0                        | 3  | unexpected character ':'",
        "MIT AND (ISC OR)               | 15 | unexpected ')'",
        "(MIT)+                         | 5  | '+' may follow only a license id, not ')'",
        "MIT WITH LLVM-exception+       | 23 | '+' may follow only a license id, not an exception",
        "NOASSERTION                    | 0  | unknown license id 'NOASSERTION'",
        "Mit é                          | 4  | unexpected character 'é'",
      })
  void parse_malformed_throwsWithPositionAndExpectation(
      String input, int position, String problem) {
    String text = input.replace("\\n", "\n");
    assertThatThrownBy(() -> LicenseExpression.parse(text))
        .isInstanceOfSatisfying(LicenseExpressionException.class, e -> {
          assertThat(e.position()).isEqualTo(position);
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.getMessage()).contains("at position " + position).contains(problem);
        });
  }

  @Test
  void parse_unknownId_saysWhatToDo() {
    assertThatThrownBy(() -> LicenseExpression.parse("Apache-2"))
        .isInstanceOfSatisfying(
            LicenseExpressionException.class,
            e -> assertThat(e.expected())
                .anySatisfy(
                    x -> assertThat(x).startsWith("a license id from the SPDX License List 3."))
                .anySatisfy(x -> assertThat(x).contains("normalize")));
  }

  @Test
  void parse_deepNesting_isRejectedWithPosition() {
    String deep = "(".repeat(10_000) + "MIT" + ")".repeat(10_000);
    assertThatThrownBy(() -> LicenseExpression.parse(deep))
        .isInstanceOfSatisfying(
            LicenseExpressionException.class,
            e -> assertThat(e.position()).isEqualTo(ExpressionParser.MAX_DEPTH));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MIT And ISC                          | MIT AND ISC",
        "MIT aNd ISC oR 0BSD                  | MIT AND ISC OR 0BSD",
        "GPL-2.0 +                            | GPL-2.0+",
        "licenseref-foo                       | LicenseRef-foo",
        "LICENSEREF-a_b                       | LicenseRef-a-b",
        "(Apache-2.0) WITH LLVM-exception     | Apache-2.0 WITH LLVM-exception",
        "MIT With LLVM-exception              | MIT WITH LLVM-exception",
      })
  void parseLenient_realWorldSlips_areRepaired(String input, String canonical) {
    assertThat(LicenseExpression.parseLenient(input)).hasToString(canonical);
    assertThatThrownBy(() -> LicenseExpression.parse(input))
        .isInstanceOf(LicenseExpressionException.class);
  }

  @Test
  void parseLenient_recordsEveryRepair() {
    ExpressionParser.Result r =
        ExpressionParser.parse("MIT And\nLICENSEREF-x_y", true, SpdxLicenseList.standard());
    assertThat(r.expression()).hasToString("MIT AND LicenseRef-x-y");
    assertThat(r.repairs())
        .containsExactly(
            "line break read as a space",
            "operator 'And' read as 'AND'",
            "'LICENSEREF-' written as 'LicenseRef-'",
            "'_' in 'LicenseRef-x_y' replaced by '-'");
  }

  @Test
  void parseLenient_unknownId_isStillAnError() {
    assertThatThrownBy(() -> LicenseExpression.parseLenient("MIT or Apache 2"))
        .isInstanceOfSatisfying(
            LicenseExpressionException.class, e -> assertThat(e.position()).isEqualTo(7));
  }

  @Test
  void simpleExpressions_listsLeavesLeftToRight() {
    assertThat(LicenseExpression.parse(
                "MIT OR (GPL-2.0-only WITH Classpath-exception-2.0 AND LicenseRef-x)")
            .simpleExpressions())
        .extracting(Object::toString)
        .containsExactly("MIT", "GPL-2.0-only", "LicenseRef-x");
  }

  @Test
  void factories_rejectBadInput() {
    assertThatThrownBy(() -> ListedLicense.of("Apache 2.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not on the SPDX License List");
    assertThatThrownBy(() -> LicenseRef.of("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idstring");
    assertThatThrownBy(() ->
            CompoundExpression.of(CompoundExpression.Operator.OR, List.of(ListedLicense.of("MIT"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two operands");
    assertThat(ListedLicense.of("GPL-3.0+"))
        .isEqualTo(ListedLicense.of("GPL-3.0").orLater());
  }

  @Test
  void standardList_isReadFromTheSpdxArtifact() {
    SpdxLicenseList list = SpdxLicenseList.standard();
    assertThat(list.version()).matches("3\\.\\d+(\\.\\d+)?");
    assertThat(list.licenses()).hasSizeGreaterThan(600);
    assertThat(list.exceptions()).hasSizeGreaterThan(50);
    assertThat(list.findLicense("apache-2.0"))
        .get()
        .satisfies(l -> assertThat(l.id()).isEqualTo("Apache-2.0"))
        .satisfies(l -> assertThat(l.isOsiApproved()).isTrue());
    assertThat(list.findLicense("GPL-2.0"))
        .get()
        .satisfies(l -> assertThat(l.isDeprecated()).isTrue());
    assertThat(list.findException("classpath-EXCEPTION-2.0")).isPresent();
    assertThat(SpdxLicenseList.class
            .getClassLoader()
            .getResource(SpdxLicenseList.LICENSES_RESOURCE)
            .toString())
        .contains("java-spdx-library");
  }

  @Test
  void parse_reportsTheRealCodePoint_ofCharactersOutsideAsciiAndTheBmp() {
    assertThatThrownBy(() -> LicenseExpression.parse("MIT \uD83D\uDE00"))
        .isInstanceOf(LicenseExpressionException.class)
        .hasMessageContaining("unexpected character '\uD83D\uDE00' U+1F600 GRINNING FACE")
        .satisfies(e -> assertThat(((LicenseExpressionException) e).position()).isEqualTo(4));
    assertThatThrownBy(() -> LicenseExpression.parse("許可證"))
        .hasMessageContaining("unexpected character '許' U+8A31 CJK UNIFIED IDEOGRAPHS 8A31");
    assertThatThrownBy(() -> LicenseExpression.parse("MIT\u00a0OR ISC"))
        .hasMessageContaining("unexpected character U+00A0 NO-BREAK SPACE");
  }
}
