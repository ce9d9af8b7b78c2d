package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parser errors where the position, the problem and what was expected there are the contract; lenient repairs. */
class ExpressionParserTest {
  private static final String CLOSE = "')'";
  private static final String END = "end of input";

  private static LicenseExpressionException failure(String input, boolean lenient) {
    try {
      ExpressionParser.parse(input, lenient, SpdxLicenseList.standard());
    } catch (LicenseExpressionException e) {
      return e;
    }
    throw new AssertionError("'" + input + "' parsed");
  }

  private static void assertFails(
      String input, int position, String problem, List<String> expected) {
    LicenseExpressionException e = failure(input, false);
    assertThat(e.position()).as(input).isEqualTo(position);
    assertThat(e.getMessage()).as(input).contains(problem);
    assertThat(e.expected()).as(input).isEqualTo(expected);
  }

  private static List<String> repairs(String input) {
    return ExpressionParser.parse(input, true, SpdxLicenseList.standard()).repairs();
  }

  @Test
  void whatMayFollow_dependsOnWhetherAParenthesisIsOpen() {
    assertFails("MIT++", 4, "a second '+'", List.of("AND", "OR", "WITH", END));
    assertFails("(MIT++)", 5, "a second '+'", List.of("AND", "OR", "WITH", CLOSE));
    assertFails(
        "LicenseRef-x+",
        12,
        "'+' may follow only a listed license id",
        List.of("AND", "OR", "WITH", END));
    assertFails(
        "(LicenseRef-x+)",
        13,
        "'+' may follow only a listed license id",
        List.of("AND", "OR", "WITH", CLOSE));
    assertFails(
        "(MIT) WITH LLVM-exception",
        6,
        "WITH may follow only a single license",
        List.of("AND", "OR", END));
    assertFails(
        "((MIT) WITH LLVM-exception)",
        7,
        "WITH may follow only a single license",
        List.of("AND", "OR", CLOSE));
    assertFails(
        "(MIT) AND (ISC) AND (0BSD) WITH LLVM-exception",
        27,
        "WITH may follow only a single license",
        List.of("AND", "OR", END));
  }

  @Test
  void operatorsWhereOperandsBelong_areNamed() {
    assertFails(
        "MIT AND WITH",
        8,
        "operator 'WITH' where a license was expected",
        List.of("a license id from the SPDX License List", "a LicenseRef-", "'('"));
    assertFails(
        "MIT WITH AND",
        9,
        "unexpected 'AND'",
        List.of("a license exception id from the SPDX License List", "an AdditionRef-"));
    assertFails("MIT +", 4, "no space is allowed between a license id and '+'", List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "LicenseRef-:x                           | 11 | unexpected ':' in 'LicenseRef-:x'",
        "MIT AND DocumentRef-d:LicenseRef-a:b    | 34 | unexpected ':' in 'DocumentRef-d:LicenseRef-a:b'",
        "MIT AND DocumentRef-d:LicenseRef-       | 33 | 'LicenseRef-' must be followed by a name",
        "MIT AND DocumentRef-:LicenseRef-y       | 20 | 'DocumentRef-' must be followed by a name",
        "MIT AND DocumentRef-d:licenseref-y      | 22 | 'licenseref-' must be written 'LicenseRef-'",
        "MIT AND DocumentRef-d                   | 21 | a DocumentRef- needs ':' and a LicenseRef-",
        ":MIT                                    | 0  | unexpected character ':' in license id ':MIT'",
        "MIT AND GPL:2.0                         | 11 | unexpected character ':' in license id 'GPL:2.0'",
        "python                                  | 0  | unknown license id 'python' (did you mean Python-2.0?)",
      })
  void referencesAndIds_errorsPointAtTheCharacter(String input, int position, String problem) {
    LicenseExpressionException e = failure(input, false);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage()).contains("at position " + position + ": " + problem);
  }

  @Test
  void aCarriageReturn_isALineBreak() {
    assertFails(
        "MIT OR\rISC", 6, "a line break; an SPDX license expression is one line", List.of());
  }

  @Test
  void lenient_underscoreOutsideARef_isStillAnError() {
    LicenseExpressionException e = failure("MIT AND _MIT", true);
    assertThat(e.position()).isEqualTo(8);
    assertThat(e.getMessage()).contains("unexpected character '_' in license id '_MIT'");
  }

  @Test
  void lenient_recordsEachRepair() {
    assertThat(repairs("(Apache-2.0) WITH LLVM-exception"))
        .containsExactly("'(Apache-2.0) WITH' read as 'Apache-2.0 WITH'");
    assertThat(repairs("GPL-2.0 +")).containsExactly("space before '+' removed");
    assertThat(repairs("MIT+AND ISC")).containsExactly("space inserted before 'AND'");
    assertThat(ExpressionParser.parse("MIT+AND ISC", true, SpdxLicenseList.standard())
            .expression())
        .hasToString("MIT+ AND ISC");
    assertThat(repairs("LicenseRef-_x")).containsExactly("'_' in 'LicenseRef-_x' replaced by '-'");
    assertThat(LicenseExpression.parseLenient("LicenseRef-_x")).hasToString("LicenseRef--x");
    assertThat(repairs("MIT OR ISC")).isEmpty();
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "0021 | '!'",
        "007E | '~'",
        "0020 | U+0020 SPACE",
        "007F | U+007F DELETE",
        "0007 | U+0007 BEL",
        "0378 | '\u0378' U+0378",
        "00E9 | 'é' U+00E9 LATIN SMALL LETTER E WITH ACUTE",
      })
  void describeChar_showsPrintableAsciiAsItself_andOthersByNumberAndName(
      String hex, String described) {
    assertThat(ExpressionParser.describeChar(Integer.parseInt(hex, 16))).isEqualTo(described);
  }

  @Test
  void messages_cutLongInputAt200Characters_andOmitAnEmptyExpectation() {
    String longest = "MIT AND " + "x".repeat(192);
    assertThat(failure(longest, false).getMessage()).endsWith("(input: \"" + longest + "\")");
    String longer = longest + "y";
    assertThat(failure(longer, false).getMessage()).endsWith("(input: \"" + longest + "...\")");
    assertThat(failure("MIT +", false).getMessage())
        .isEqualTo("invalid SPDX license expression at position 4: no space is allowed between a"
            + " license id and '+' (input: \"MIT +\")");
  }
}
