package io.github.peatmoss.reuse.internal;

import io.github.peatmoss.reuse.python.PythonToken;
import io.github.peatmoss.reuse.python.PythonToken.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Token-level helpers shared by the reuse detector's Python analyser and {@code PythonCalls}: the code tokens of
 * a file, its bracket pairs and the arguments between two brackets. Stateless and thread-safe. Not API: this
 * package is not exported.
 */
public final class PythonCode {
  /** How far down the stack a closing bracket looks for its opening one before giving up. */
  private static final int MAX_UNWIND = 64;

  private PythonCode() {}

  /** Returns the tokens that carry code: no comments, no line breaks inside statements. */
  public static List<PythonToken> codeTokens(List<PythonToken> tokens) {
    List<PythonToken> out = new ArrayList<>(tokens.size());
    for (PythonToken t : tokens) {
      if (t.kind() != Kind.COMMENT && t.kind() != Kind.NL) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns, for every opening bracket, the index of its closing one (-1 if unclosed), and -1 elsewhere.
   *
   * <p>On unbalanced input a closing bracket closes the nearest open bracket of its own kind within
   * {@value #MAX_UNWIND} levels, dropping the unclosed ones above it; a closing bracket with no such opening one
   * is ignored.
   */
  public static int[] matchBrackets(List<PythonToken> tokens) {
    int[] match = new int[tokens.size()];
    Arrays.fill(match, -1);
    int[] stack = new int[tokens.size()];
    char[] kinds = new char[tokens.size()];
    int top = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PythonToken tok = tokens.get(i);
      if (tok.kind() != Kind.OP) {
        continue;
      }
      char c = tok.text().charAt(0);
      if (c == '(' || c == '[' || c == '{') {
        kinds[top] = c;
        stack[top++] = i;
      } else if (c == ')' || c == ']' || c == '}') {
        char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        int k = top - 1;
        while (k >= 0 && k >= top - MAX_UNWIND && kinds[k] != open) {
          k--;
        }
        if (k >= 0 && k >= top - MAX_UNWIND) {
          match[stack[k]] = i;
          top = k;
        }
      }
    }
    return match;
  }

  /**
   * Returns the [from, to) token ranges of the comma-separated arguments between {@code from} and {@code to}
   * (clamped to the tokens), skipping bracketed spans and stopping at the end of the logical line.
   */
  public static List<int[]> splitArguments(
      List<PythonToken> tokens, int[] match, int from, int to) {
    List<int[]> args = new ArrayList<>();
    int end = Math.min(to, tokens.size());
    int start = from;
    int i = from;
    while (i < end) {
      if (match[i] >= 0 && match[i] < end) {
        i = match[i] + 1;
        continue;
      }
      PythonToken t = tokens.get(i);
      if (t.isOp(",")) {
        if (i > start) {
          args.add(new int[] {start, i});
        }
        start = i + 1;
      } else if (t.kind() == Kind.END || t.kind() == Kind.NEWLINE) {
        break;
      }
      i++;
    }
    int last = Math.min(i, end);
    if (last > start) {
      args.add(new int[] {start, last});
    }
    return args;
  }
}
