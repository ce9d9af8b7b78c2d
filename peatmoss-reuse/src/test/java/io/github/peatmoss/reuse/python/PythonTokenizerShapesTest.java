package io.github.peatmoss.reuse.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every token of small sources, as {@code KIND text line:column start-end} (line breaks and backslashes in the
 * text escaped): line endings, indentation, string prefixes and quotes, numbers, operators, names and what is
 * not a token; then calls and string literals read through the tokens.
 */
class PythonTokenizerShapesTest {
  @Test
  void crlfAndLoneCr() {
    assertThat(render("a = 1\r\nif a:\r\n    b = (1,\r\n  2)\rc\r\n"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP = 1:3 2-3",
            "NUMBER 1 1:5 4-5",
            "NEWLINE \\r\\n 1:6 5-7",
            "NAME if 2:1 7-9",
            "NAME a 2:4 10-11",
            "OP : 2:5 11-12",
            "NEWLINE \\r\\n 2:6 12-14",
            "INDENT      3:1 14-18",
            "NAME b 3:5 18-19",
            "OP = 3:7 20-21",
            "OP ( 3:9 22-23",
            "NUMBER 1 3:10 23-24",
            "OP , 3:11 24-25",
            "NL \\r\\n 3:12 25-27",
            "NUMBER 2 4:3 29-30",
            "OP ) 4:4 30-31",
            "NEWLINE \\r 4:5 31-32",
            "DEDENT  5:1 32-32",
            "NAME c 5:1 32-33",
            "NEWLINE \\r\\n 5:2 33-35",
            "END  6:1 35-35");
  }

  @Test
  void tabsFormFeedsAndDedentToAnUnknownWidth() {
    assertThat(render("if a:\n\tb\n\f        c\n  d\n   e\n"))
        .containsExactly(
            "NAME if 1:1 0-2",
            "NAME a 1:4 3-4",
            "OP : 1:5 4-5",
            "NEWLINE \\n 1:6 5-6",
            "INDENT \\t 2:1 6-7",
            "NAME b 2:2 7-8",
            "NEWLINE \\n 2:3 8-9",
            "NAME c 3:10 18-19",
            "NEWLINE \\n 3:11 19-20",
            "DEDENT  4:3 22-22",
            "NAME d 4:3 22-23",
            "NEWLINE \\n 4:4 23-24",
            "INDENT     5:1 24-27",
            "NAME e 5:4 27-28",
            "NEWLINE \\n 5:5 28-29",
            "DEDENT  6:1 29-29",
            "DEDENT  6:1 29-29",
            "END  6:1 29-29");
  }

  @Test
  void blankAndCommentLinesChangeNoIndentation() {
    assertThat(render("if a:\n    b\n\n  # note\n    c\n        \nd"))
        .containsExactly(
            "NAME if 1:1 0-2",
            "NAME a 1:4 3-4",
            "OP : 1:5 4-5",
            "NEWLINE \\n 1:6 5-6",
            "INDENT      2:1 6-10",
            "NAME b 2:5 10-11",
            "NEWLINE \\n 2:6 11-12",
            "NL \\n 3:1 12-13",
            "COMMENT # note 4:3 15-21",
            "NL \\n 4:9 21-22",
            "NAME c 5:5 26-27",
            "NEWLINE \\n 5:6 27-28",
            "NL \\n 6:9 36-37",
            "DEDENT  7:1 37-37",
            "NAME d 7:1 37-38",
            "NEWLINE  7:2 38-38",
            "END  7:2 38-38");
  }

  @Test
  void stringPrefixesAndQuotes() {
    assertThat(render("x = Rb'a' BR\"b\" u'c' F'{d}' fr'e' rf\"g\" '' \"\" ''' ''' bx'h'"))
        .containsExactly(
            "NAME x 1:1 0-1",
            "OP = 1:3 2-3",
            "STRING Rb'a' 1:5 4-9",
            "STRING BR\"b\" 1:11 10-15",
            "STRING u'c' 1:17 16-20",
            "STRING F'{d}' 1:22 21-27",
            "STRING fr'e' 1:29 28-33",
            "STRING rf\"g\" 1:35 34-39",
            "STRING '' 1:41 40-42",
            "STRING \"\" 1:44 43-45",
            "STRING ''' ''' 1:47 46-53",
            "NAME bx 1:55 54-56",
            "STRING 'h' 1:57 56-59",
            "NEWLINE  1:60 59-59",
            "END  1:60 59-59");
  }

  @Test
  void tripleQuotedStringsWithEscapesAndBreaks() {
    assertThat(render("s = '''a\\'''b\r\nc''' + \"\"\"d\\\ne\"\"\" + 'f\\\ng'\nt"))
        .containsExactly(
            "NAME s 1:1 0-1",
            "OP = 1:3 2-3",
            "STRING '''a\\\\'''b\\r\\nc''' 1:5 4-19",
            "OP + 2:6 20-21",
            "STRING \"\"\"d\\\\\\ne\"\"\" 2:8 22-32",
            "OP + 3:6 33-34",
            "STRING 'f\\\\\\ng' 3:8 35-41",
            "NEWLINE \\n 4:3 41-42",
            "NAME t 5:1 42-43",
            "NEWLINE  5:2 43-43",
            "END  5:2 43-43");
  }

  @Test
  void unterminatedStrings() {
    assertThat(render("a = '''never closed\nb = 'x\\"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP = 1:3 2-3",
            "STRING '''never closed\\nb = 'x\\\\ 1:5 4-27",
            "NEWLINE  2:8 27-27",
            "END  2:8 27-27");
  }

  @Test
  void numbers() {
    assertThat(render("n = 1e-5 + 0x1e+1 + .5 + 1_000.0j + 3E+2 + 0X1E-1 + 7.e"))
        .containsExactly(
            "NAME n 1:1 0-1",
            "OP = 1:3 2-3",
            "NUMBER 1e-5 1:5 4-8",
            "OP + 1:10 9-10",
            "NUMBER 0x1e 1:12 11-15",
            "OP + 1:16 15-16",
            "NUMBER 1 1:17 16-17",
            "OP + 1:19 18-19",
            "NUMBER .5 1:21 20-22",
            "OP + 1:24 23-24",
            "NUMBER 1_000.0j 1:26 25-33",
            "OP + 1:35 34-35",
            "NUMBER 3E+2 1:37 36-40",
            "OP + 1:42 41-42",
            "NUMBER 0X1E 1:44 43-47",
            "OP - 1:48 47-48",
            "NUMBER 1 1:49 48-49",
            "OP + 1:51 50-51",
            "NUMBER 7.e 1:53 52-55",
            "NEWLINE  1:56 55-55",
            "END  1:56 55-55");
  }

  @Test
  void operatorsLongestFirst() {
    assertThat(render(
            "a **= b //= c >>= d <<= e ... f -> g := h ** i // j != k <= l >= m == n @= o ! p"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP **= 1:3 2-5",
            "NAME b 1:7 6-7",
            "OP //= 1:9 8-11",
            "NAME c 1:13 12-13",
            "OP >>= 1:15 14-17",
            "NAME d 1:19 18-19",
            "OP <<= 1:21 20-23",
            "NAME e 1:25 24-25",
            "OP ... 1:27 26-29",
            "NAME f 1:31 30-31",
            "OP -> 1:33 32-34",
            "NAME g 1:36 35-36",
            "OP := 1:38 37-39",
            "NAME h 1:41 40-41",
            "OP ** 1:43 42-44",
            "NAME i 1:46 45-46",
            "OP // 1:48 47-49",
            "NAME j 1:51 50-51",
            "OP != 1:53 52-54",
            "NAME k 1:56 55-56",
            "OP <= 1:58 57-59",
            "NAME l 1:61 60-61",
            "OP >= 1:63 62-64",
            "NAME m 1:66 65-66",
            "OP == 1:68 67-69",
            "NAME n 1:71 70-71",
            "OP @= 1:73 72-74",
            "NAME o 1:76 75-76",
            "OP ! 1:78 77-78",
            "NAME p 1:80 79-80",
            "NEWLINE  1:81 80-80",
            "END  1:81 80-80");
  }

  @Test
  void namesAndUnicode() {
    assertThat(render("_x = \u00e91 + \u03bb_2 + x\u0301y"))
        .containsExactly(
            "NAME _x 1:1 0-2",
            "OP = 1:4 3-4",
            "NAME \u00e91 1:6 5-7",
            "OP + 1:9 8-9",
            "NAME \u03bb_2 1:11 10-13",
            "OP + 1:15 14-15",
            "NAME x\u0301y 1:17 16-19",
            "NEWLINE  1:20 19-19",
            "END  1:20 19-19");
  }

  @Test
  void errorsAndSurrogates() {
    assertThat(render("a = $ ? \ud83d\ude00 ` \\ x"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP = 1:3 2-3",
            "ERROR $ 1:5 4-5",
            "ERROR ? 1:7 6-7",
            "ERROR \ud83d\ude00 1:9 8-10",
            "ERROR ` 1:12 11-12",
            "ERROR \\\\ 1:14 13-14",
            "NAME x 1:16 15-16",
            "NEWLINE  1:17 16-16",
            "END  1:17 16-16");
  }

  @Test
  void backslashAtEndAndContinuationAtLineStart() {
    assertThat(render("x = \\\n\\\n  1\n\\"))
        .containsExactly(
            "NAME x 1:1 0-1",
            "OP = 1:3 2-3",
            "NUMBER 1 3:3 10-11",
            "NEWLINE \\n 3:4 11-12",
            "ERROR \\\\ 4:1 12-13",
            "NEWLINE  4:2 13-13",
            "END  4:2 13-13");
  }

  @Test
  void closingBracketsNeverGoBelowZero() {
    assertThat(render("a)\nb = [\n]\n]c\n"))
        .containsExactly(
            "NAME a 1:1 0-1",
            "OP ) 1:2 1-2",
            "NEWLINE \\n 1:3 2-3",
            "NAME b 2:1 3-4",
            "OP = 2:3 5-6",
            "OP [ 2:5 7-8",
            "NL \\n 2:6 8-9",
            "OP ] 3:1 9-10",
            "NEWLINE \\n 3:2 10-11",
            "OP ] 4:1 11-12",
            "NAME c 4:2 12-13",
            "NEWLINE \\n 4:3 13-14",
            "END  5:1 14-14");
  }

  @Test
  void onlyWhitespace() {
    assertThat(render("   ")).containsExactly("END  1:4 3-3");
  }

  @Test
  void empty() {
    assertThat(render("")).containsExactly("END  1:1 0-0");
  }

  @Test
  void commentAtEnd() {
    assertThat(render("x  # c"))
        .containsExactly(
            "NAME x 1:1 0-1", "COMMENT # c 1:4 3-6", "NEWLINE  1:7 6-6", "END  1:7 6-6");
  }

  @Test
  void indentedFirstLineAndDedentAtEnd() {
    assertThat(render("  a\n    b"))
        .containsExactly(
            "INDENT    1:1 0-2",
            "NAME a 1:3 2-3",
            "NEWLINE \\n 1:4 3-4",
            "INDENT      2:1 4-8",
            "NAME b 2:5 8-9",
            "NEWLINE  2:6 9-9",
            "DEDENT  2:6 9-9",
            "DEDENT  2:6 9-9",
            "END  2:6 9-9");
  }

  @Test
  void find_readsPositionalAndKeywordArguments_notLongerOrOtherNames() {
    List<PythonCalls.Call> calls = PythonCalls.find(
        "torch.hub.load('a/b', m, *args, k = [1, (2, 3)], **kw)  # c\nx.torch.hub.load('no')\n"
            + "torch.hub.loader('no')\nhub.load('no')\n(torch.hub.load('x'))\n",
        "torch.hub.load");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).callee()).isEqualTo("torch.hub.load");
    assertThat(calls.get(0).positional()).containsExactly("'a/b'", "m", "*args", "**kw");
    assertThat(calls.get(0).keywords()).isEqualTo(Map.of("k", "[1, (2, 3)]"));
    assertThat(calls.get(1).line()).isEqualTo(5);
    assertThat(calls.get(1).column()).isEqualTo(2);
    assertThat(calls.get(1).positional()).containsExactly("'x'");
  }

  @Test
  void find_keepsSpacingAsWritten_andStopsAnUnclosedCallAtTheStatementEnd() {
    assertThat(PythonCalls.find(
            "torch . hub . load ( 'a' 'b' , f ( x ) , y=z.w ( ) )", "torch.hub.load"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.positional()).containsExactly("'a' 'b'", "f ( x )");
          assertThat(c.keywords()).isEqualTo(Map.of("y", "z.w ( )"));
        });
    assertThat(PythonCalls.find("torch.hub.load(\n  'a/b',  # repo\n  'm',\n", "torch.hub.load"))
        .singleElement()
        .satisfies(c -> assertThat(c.positional()).containsExactly("'a/b'", "'m'"));
  }

  @Test
  void find_emptyArguments_areLeftOut() {
    assertThat(PythonCalls.find("load('a')\nload()\nload(,)\nload(a,,b)\n", "load"))
        .extracting(c -> c.line() + " " + c.positional())
        .containsExactly("1 ['a']", "2 []", "3 []", "4 [a, b]");
  }

  @Test
  void stringLiteral_ofEachShape() {
    assertThat(PythonCalls.stringLiteral("'''x'''")).hasValue("x");
    assertThat(PythonCalls.stringLiteral("u'x'")).hasValue("x");
    assertThat(PythonCalls.stringLiteral("'a'  # c")).hasValue("a");
    assertThat(PythonCalls.stringLiteral("'open")).isEmpty();
    assertThat(PythonCalls.stringLiteral("")).isEmpty();
    assertThat(PythonCalls.stringLiteral("# only\n")).isEmpty();
    assertThat(PythonCalls.stringLiteral("1")).isEmpty();
    assertThat(PythonCalls.stringLiteral("(\"a\")")).isEmpty();
  }

  static List<String> render(String source) {
    return PythonTokenizer.tokenize(source).stream()
        .map(t -> t.kind() + " " + escape(t.text()) + " " + t.line() + ":" + t.column() + " "
            + t.start() + "-" + t.end())
        .collect(Collectors.toList());
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\f", "\\f");
  }
}
