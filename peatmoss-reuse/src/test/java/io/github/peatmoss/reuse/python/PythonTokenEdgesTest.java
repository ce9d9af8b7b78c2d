package io.github.peatmoss.reuse.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * String token values at their edges (escaped quotes and backslashes before the closing quote, a lone quote, a
 * backslash at the end), what a string's accessors say for other kinds of token, and {@link PythonCalls} on
 * calls at the start of the source, after other tokens and left open.
 */
class PythonTokenEdgesTest {
  @Test
  void aQuoteAfterAnOddNumberOfBackslashes_doesNotCloseTheString() {
    assertThat(PythonCalls.stringLiteral("'a\\\\'")).hasValue("a\\");
    assertThat(PythonCalls.stringLiteral("'a\\'")).isEmpty();
    assertThat(PythonCalls.stringLiteral("'a\\\\\\'")).isEmpty();
    assertThat(PythonCalls.stringLiteral("'\\nx'")).hasValue("\nx");
  }

  @Test
  void loneAndTripleOpeningQuotes_areUnterminatedEmptyStrings() {
    for (String source : List.of("'", "\"\"\"", "r'", "b\"\"\"")) {
      PythonToken t = PythonTokenizer.tokenize(source).get(0);
      assertThat(t.kind()).as(source).isEqualTo(PythonToken.Kind.STRING);
      assertThat(t.isTerminated()).as(source).isFalse();
      assertThat(t.stringValue()).as(source).isEmpty();
      assertThat(PythonCalls.stringLiteral(source)).as(source).isEmpty();
    }
  }

  @Test
  void aBackslashAtTheEndOfAnUnterminatedString_isKept() {
    PythonToken t = PythonTokenizer.tokenize("'a\\").get(0);
    assertThat(t.isTerminated()).isFalse();
    assertThat(t.stringValue()).isEqualTo("a\\");
  }

  @Test
  void otherKindsOfToken_haveNoStringParts() {
    for (PythonToken t : PythonTokenizer.tokenize("fr rb f 'x'")) {
      if (t.kind() == PythonToken.Kind.STRING) {
        continue;
      }
      assertThat(t.stringPrefix()).as(t.text()).isEmpty();
      assertThat(t.isFString()).as(t.text()).isFalse();
      assertThat(t.isTerminated()).as(t.text()).isFalse();
      assertThat(t.stringValue()).as(t.text()).isEmpty();
    }
  }

  @Test
  void find_callsAtTheStart_afterOtherTokens_andLeftOpen() {
    assertThat(PythonCalls.find("torch.hub.load('a', 'b')\n", "torch.hub.load"))
        .extracting(c -> c.line() + ":" + c.column() + " " + c.positional())
        .containsExactly("1:1 ['a', 'b']");
    assertThat(PythonCalls.find("(a)\nm = torch.hub.load('a', x=)\n", "torch.hub.load"))
        .extracting(c -> c.line() + ":" + c.column() + " " + c.positional() + " " + c.keywords())
        .containsExactly("2:5 ['a'] {x=}");
    assertThat(PythonCalls.find("f(load('a'))\nx.load('b')\nload('c', 'd'", "load"))
        .extracting(c -> c.line() + ":" + c.column() + " " + c.positional())
        .containsExactly("1:3 ['a']", "3:1 ['c', 'd']");
  }
}
