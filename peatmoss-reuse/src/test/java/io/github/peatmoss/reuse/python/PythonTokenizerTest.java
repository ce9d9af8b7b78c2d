package io.github.peatmoss.reuse.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.reuse.python.PythonToken.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {
  private static List<Kind> kinds(String source) {
    return PythonTokenizer.tokenize(source).stream()
        .map(PythonToken::kind)
        .collect(Collectors.toList());
  }

  @Test
  void tokenize_statementsBlocksAndBrackets_likePythonsTokenize() {
    String src = "def f(a,\n      b):  # two\n    return a\n\nx = 1\n";
    assertThat(kinds(src))
        .containsExactly(
            Kind.NAME,
            Kind.NAME,
            Kind.OP,
            Kind.NAME,
            Kind.OP,
            Kind.NL,
            Kind.NAME,
            Kind.OP,
            Kind.OP,
            Kind.COMMENT,
            Kind.NEWLINE,
            Kind.INDENT,
            Kind.NAME,
            Kind.NAME,
            Kind.NEWLINE,
            Kind.NL,
            Kind.DEDENT,
            Kind.NAME,
            Kind.OP,
            Kind.NUMBER,
            Kind.NEWLINE,
            Kind.END);
  }

  @Test
  void tokenize_strings_keepPrefixQuotesAndPositions() {
    List<PythonToken> tokens =
        PythonTokenizer.tokenize("a = rb'x\\n' + f\"{b}\" + '''one\ntwo''' + 'it\\'s'\nz");
    List<PythonToken> strings =
        tokens.stream().filter(t -> t.kind() == Kind.STRING).collect(Collectors.toList());
    assertThat(strings).extracting(PythonToken::stringPrefix).containsExactly("rb", "f", "", "");
    assertThat(strings)
        .extracting(PythonToken::stringValue)
        .containsExactly("x\\n", "{b}", "one\ntwo", "it's");
    assertThat(strings.get(1).isFString()).isTrue();
    assertThat(strings).allMatch(PythonToken::isTerminated);
    PythonToken z = tokens.get(tokens.size() - 3);
    assertThat(z.text()).isEqualTo("z");
    assertThat(z.line()).isEqualTo(3); // the triple-quoted string spans lines 1-2
    assertThat(z.column()).isEqualTo(1);
  }

  @Test
  void tokenize_unterminatedString_endsAtTheLineAndTheNextLineIsCode() {
    List<PythonToken> tokens = PythonTokenizer.tokenize("s = 'open\nt = 1\n");
    assertThat(tokens.get(2).kind()).isEqualTo(Kind.STRING);
    assertThat(tokens.get(2).isTerminated()).isFalse();
    assertThat(tokens.get(2).stringValue()).isEqualTo("open");
    assertThat(tokens)
        .filteredOn(t -> t.kind() == Kind.NAME)
        .extracting(PythonToken::text)
        .containsExactly("s", "t");
  }

  @Test
  void tokenize_backslashContinuation_joinsLogicalLines() {
    assertThat(kinds("x = 1 + \\\n    2\n"))
        .containsExactly(
            Kind.NAME, Kind.OP, Kind.NUMBER, Kind.OP, Kind.NUMBER, Kind.NEWLINE, Kind.END);
  }

  @Test
  void tokenize_strayCharacters_areErrorTokens() {
    assertThat(kinds("$ ?")).containsExactly(Kind.ERROR, Kind.ERROR, Kind.NEWLINE, Kind.END);
  }

  @Test
  void calls_findDottedCallsWithArgumentsButNotInStringsOrComments() {
    String src = "import torch\n# torch.hub.load('x/y', 'z')\ns = \"torch.hub.load('a/b', 'c')\"\n"
        + "m = torch.hub.load(\n    'acme/vision:v1',  # repo\n    'wide_net', pretrained=True)\n";
    assertThat(PythonCalls.find(src, "torch.hub.load")).singleElement().satisfies(c -> {
      assertThat(c.line()).isEqualTo(4);
      assertThat(c.column()).isEqualTo(5);
      assertThat(c.positional()).containsExactly("'acme/vision:v1'", "'wide_net'");
      assertThat(c.keywords()).containsEntry("pretrained", "True");
    });
  }

  @Test
  void stringLiteral_acceptsAdjacentLiteralsOnly() {
    assertThat(PythonCalls.stringLiteral("'a' \"b\"")).hasValue("ab");
    assertThat(PythonCalls.stringLiteral("r'a\\b'")).hasValue("a\\b");
    assertThat(PythonCalls.stringLiteral("f'a{b}'")).isEmpty();
    assertThat(PythonCalls.stringLiteral("'a' + b")).isEmpty();
    assertThat(PythonCalls.stringLiteral("b'a'")).isEmpty();
    assertThat(PythonCalls.stringLiteral("name")).isEmpty();
  }
}
