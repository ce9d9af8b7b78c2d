package io.github.peatmoss.reuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.reuse.python.PythonToken;
import io.github.peatmoss.reuse.python.PythonTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bracket pairs on balanced and unbalanced code, the unwind limit, and argument ranges. */
class PythonCodeTest {
  @Test
  void aClosingBracket_closesOnlyAnOpeningOneOfItsKind() {
    assertThat(pairs("(a]")).isEmpty();
    assertThat(pairs("[a)")).isEmpty();
    assertThat(pairs("{a)")).isEmpty();
    assertThat(pairs("(a)[b]{c}")).containsExactly("0-2", "3-5", "6-8");
    assertThat(pairs("([a)")).containsExactly("0-3");
    assertThat(pairs("([{a}])")).containsExactly("0-6", "1-5", "2-4");
    assertThat(pairs("a ** b")).isEmpty();
  }

  @Test
  void aClosingBracket_looksThrough64UnclosedOnes() {
    assertThat(pairs("(" + "[".repeat(63) + ")")).containsExactly("0-64");
    assertThat(pairs("(" + "[".repeat(64) + ")")).isEmpty();
  }

  @Test
  void splitArguments_skipsBracketsThatCloseInside_andClampsToTheTokens() {
    List<PythonToken> tokens = PythonCode.codeTokens(PythonTokenizer.tokenize("a, (b, c), d"));
    int[] match = PythonCode.matchBrackets(tokens);
    assertThat(ranges(PythonCode.splitArguments(tokens, match, 0, 100)))
        .containsExactly("0-1", "2-7", "8-9");
    assertThat(ranges(PythonCode.splitArguments(tokens, match, 0, 6)))
        .containsExactly("0-1", "2-4", "5-6");
  }

  private static List<String> pairs(String code) {
    List<PythonToken> tokens = PythonCode.codeTokens(PythonTokenizer.tokenize(code));
    int[] match = PythonCode.matchBrackets(tokens);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        out.add(i + "-" + match[i]);
      }
    }
    return out;
  }

  private static List<String> ranges(List<int[]> args) {
    List<String> out = new ArrayList<>();
    args.forEach(a -> out.add(a[0] + "-" + a[1]));
    return out;
  }
}
