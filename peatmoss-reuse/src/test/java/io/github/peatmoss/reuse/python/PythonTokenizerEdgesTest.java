package io.github.peatmoss.reuse.python;

import static io.github.peatmoss.reuse.python.PythonTokenizerShapesTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Token edges in the notation of {@link PythonTokenizerShapesTest}: sources that end inside a string, a comment
 * or a continuation, tab stops after spaces, exponent signs, and line breaks inside each kind of bracket.
 */
class PythonTokenizerEdgesTest {
  @Test
  void aCommentOnlyLastLine_isFollowedByANewlineAndTheEnd() {
    assertThat(render("# c"))
        .containsExactly("COMMENT # c 1:1 0-3", "NEWLINE  1:4 3-3", "END  1:4 3-3");
  }

  @Test
  void aTabAfterSpaces_goesToTheNextMultipleOf8() {
    assertThat(render("if x:\n  \tA = 1\n\tB = 2\n"))
        .containsExactly(
            "NAME if 1:1 0-2",
            "NAME x 1:4 3-4",
            "OP : 1:5 4-5",
            "NEWLINE \\n 1:6 5-6",
            "INDENT   \\t 2:1 6-9",
            "NAME A 2:4 9-10",
            "OP = 2:6 11-12",
            "NUMBER 1 2:8 13-14",
            "NEWLINE \\n 2:9 14-15",
            "NAME B 3:2 16-17",
            "OP = 3:4 18-19",
            "NUMBER 2 3:6 20-21",
            "NEWLINE \\n 3:7 21-22",
            "DEDENT  4:1 22-22",
            "END  4:1 22-22");
  }

  @Test
  void aContinuationAtTheStart_thenABlankLine() {
    assertThat(render("\\\n\n")).containsExactly("NL \\n 2:1 2-3", "END  3:1 3-3");
  }

  @Test
  void aTripleQuotedStringEndingInCrAtTheEnd() {
    assertThat(render("'''a\r"))
        .containsExactly("STRING '''a\\r 1:1 0-5", "NEWLINE  2:1 5-5", "END  2:1 5-5");
  }

  @Test
  void exponentSigns_butNotInHex() {
    assertThat(render("1e+5 1E-5 0x1e+5"))
        .containsExactly(
            "NUMBER 1e+5 1:1 0-4",
            "NUMBER 1E-5 1:6 5-9",
            "NUMBER 0x1e 1:11 10-14",
            "OP + 1:15 14-15",
            "NUMBER 5 1:16 15-16",
            "NEWLINE  1:17 16-16",
            "END  1:17 16-16");
  }

  @Test
  void nestedAndSquareAndCurlyBrackets_holdLineBreaks() {
    assertThat(render("f((a)\n, b)\nx = [\n1]\ny = {\n2}\n"))
        .containsExactly(
            "NAME f 1:1 0-1",
            "OP ( 1:2 1-2",
            "OP ( 1:3 2-3",
            "NAME a 1:4 3-4",
            "OP ) 1:5 4-5",
            "NL \\n 1:6 5-6",
            "OP , 2:1 6-7",
            "NAME b 2:3 8-9",
            "OP ) 2:4 9-10",
            "NEWLINE \\n 2:5 10-11",
            "NAME x 3:1 11-12",
            "OP = 3:3 13-14",
            "OP [ 3:5 15-16",
            "NL \\n 3:6 16-17",
            "NUMBER 1 4:1 17-18",
            "OP ] 4:2 18-19",
            "NEWLINE \\n 4:3 19-20",
            "NAME y 5:1 20-21",
            "OP = 5:3 22-23",
            "OP { 5:5 24-25",
            "NL \\n 5:6 25-26",
            "NUMBER 2 6:1 26-27",
            "OP } 6:2 27-28",
            "NEWLINE \\n 6:3 28-29",
            "END  7:1 29-29");
  }

  @Test
  void tabsAndFormFeedsInsideALine_areSpace() {
    assertThat(render("a\t=\f1"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP = 1:3 2-3",
            "NUMBER 1 1:5 4-5",
            "NEWLINE  1:6 5-5",
            "END  1:6 5-5");
  }

  @Test
  void aContinuationBeforeCrLf() {
    assertThat(render("x = 1 + \\\r\n2\n"))
        .containsExactly(
            "NAME x 1:1 0-1",
            "OP = 1:3 2-3",
            "NUMBER 1 1:5 4-5",
            "OP + 1:7 6-7",
            "NUMBER 2 2:1 11-12",
            "NEWLINE \\n 2:2 12-13",
            "END  3:1 13-13");
  }

  @Test
  void stringsCutOffAtTheEnd() {
    assertThat(render("x = ''"))
        .containsExactly(
            "NAME x 1:1 0-1",
            "OP = 1:3 2-3",
            "STRING '' 1:5 4-6",
            "NEWLINE  1:7 6-6",
            "END  1:7 6-6");
  }

  @Test
  void anEmptyTripleQuotedString() {
    assertThat(render("x = \"\"\"\"\"\""))
        .containsExactly(
            "NAME x 1:1 0-1",
            "OP = 1:3 2-3",
            "STRING \"\"\"\"\"\" 1:5 4-10",
            "NEWLINE  1:11 10-10",
            "END  1:11 10-10");
  }

  @Test
  void aBackslashEndingAnUnterminatedString() {
    assertThat(render("'a\\"))
        .containsExactly("STRING 'a\\\\ 1:1 0-3", "NEWLINE  1:4 3-3", "END  1:4 3-3");
  }

  @Test
  void aTripleQuotedStringMissingOneQuote() {
    assertThat(render("'''a''"))
        .containsExactly("STRING '''a'' 1:1 0-6", "NEWLINE  1:7 6-6", "END  1:7 6-6");
  }

  @Test
  void namesMayStartWithAnUnderscore_andHoldLettersOfAnyScriptButNoControls() {
    assertThat(render("_x1 = λ_2\u0001"))
        .containsExactly(
            "NAME _x1 1:1 0-3",
            "OP = 1:5 4-5",
            "NAME λ_2 1:7 6-9",
            "ERROR \u0001 1:10 9-10",
            "NEWLINE  1:11 10-10",
            "END  1:11 10-10");
  }
}
