package io.github.peatmoss.reuse.python;

import io.github.peatmoss.reuse.python.PythonToken.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads calls from Python source through {@link PythonTokenizer}: every call of a dotted name with its arguments
 * as source text, and the value of a string-literal expression. Calls inside strings and comments are never
 * seen. Stateless and thread-safe.
 */
public final class PythonCalls {
  private PythonCalls() {}

  /**
   * One call and its arguments.
   *
   * @param callee the dotted name called, as written without spaces ({@code torch.hub.load})
   * @param line the 1-based line of the callee's first character
   * @param column its 1-based column
   * @param positional the positional arguments as source text (comments left out, {@code *args} kept)
   * @param keywords the keyword arguments by name, values as source text
   */
  public record Call(
      String callee, int line, int column, List<String> positional, Map<String, String> keywords) {
    public Call {
      positional = List.copyOf(positional);
      keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    }
  }

  /** Returns every call of exactly {@code callee} (a dotted name such as {@code torch.hub.load}) in {@code code}. */
  public static List<Call> find(String code, String callee) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(callee, "callee == null");
    String[] parts = callee.split("\\.", -1);
    List<PythonToken> tokens = codeTokens(PythonTokenizer.tokenize(code));
    int[] match = matchBrackets(tokens);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      PythonToken open = tokens.get(i);
      if (!open.isOp("(") || i < parts.length * 2 - 1) {
        continue;
      }
      int first = i - (parts.length * 2 - 1);
      boolean same = true;
      for (int p = 0; p < parts.length && same; p++) {
        same = tokens.get(first + 2 * p).isName(parts[p])
            && (p == 0 || tokens.get(first + 2 * p - 1).isOp("."));
      }
      if (!same || (first > 0 && tokens.get(first - 1).isOp("."))) {
        continue;
      }
      int close = match[i] < 0 ? tokens.size() - 1 : match[i];
      List<String> positional = new ArrayList<>();
      Map<String, String> keywords = new LinkedHashMap<>();
      for (int[] arg : splitArguments(tokens, match, i + 1, close)) {
        int a = arg[0];
        if (a + 1 < arg[1]
            && tokens.get(a).kind() == Kind.NAME
            && tokens.get(a + 1).isOp("=")) {
          keywords.put(tokens.get(a).text(), text(tokens, a + 2, arg[1]));
        } else {
          positional.add(text(tokens, a, arg[1]));
        }
      }
      PythonToken head = tokens.get(first);
      calls.add(new Call(callee, head.line(), head.column(), positional, keywords));
    }
    return calls;
  }

  /**
   * Returns the value of {@code expression} when it is nothing but one or more adjacent string literals (not
   * f-strings, not bytes), joined as Python joins them; otherwise empty.
   */
  public static Optional<String> stringLiteral(String expression) {
    Objects.requireNonNull(expression, "expression == null");
    StringBuilder value = new StringBuilder();
    boolean any = false;
    for (PythonToken t : PythonTokenizer.tokenize(expression)) {
      switch (t.kind()) {
        case STRING:
          if (t.isFString() || t.stringPrefix().indexOf('b') >= 0 || !t.isTerminated()) {
            return Optional.empty();
          }
          value.append(t.stringValue());
          any = true;
          break;
        case NEWLINE:
        case NL:
        case COMMENT:
        case INDENT:
        case DEDENT:
        case END:
          break;
        default:
          return Optional.empty();
      }
    }
    return any ? Optional.of(value.toString()) : Optional.empty();
  }

  /** Returns the tokens that carry code: no comments, no line breaks inside statements. */
  static List<PythonToken> codeTokens(List<PythonToken> tokens) {
    List<PythonToken> out = new ArrayList<>(tokens.size());
    for (PythonToken t : tokens) {
      if (t.kind() != Kind.COMMENT && t.kind() != Kind.NL) {
        out.add(t);
      }
    }
    return out;
  }

  /** Returns, for every opening bracket, the index of its closing one (-1 if unclosed), and -1 elsewhere. */
  static int[] matchBrackets(List<PythonToken> tokens) {
    int[] match = new int[tokens.size()];
    java.util.Arrays.fill(match, -1);
    int[] stack = new int[Math.max(16, tokens.size())];
    int top = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PythonToken t = tokens.get(i);
      if (t.kind() != Kind.OP || t.text().length() != 1) {
        continue;
      }
      char c = t.text().charAt(0);
      if (c == '(' || c == '[' || c == '{') {
        stack[top++] = i;
      } else if ((c == ')' || c == ']' || c == '}') && top > 0) {
        match[stack[--top]] = i;
      }
    }
    return match;
  }

  /** Returns the [from, to) token ranges of the comma-separated arguments between {@code from} and {@code to}. */
  static List<int[]> splitArguments(List<PythonToken> tokens, int[] match, int from, int to) {
    List<int[]> args = new ArrayList<>();
    int start = from;
    int i = from;
    while (i < to) {
      PythonToken t = tokens.get(i);
      if (match[i] >= 0 && match[i] < to) {
        i = match[i] + 1;
        continue;
      }
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
    int end = Math.min(i, to);
    if (end > start) {
      args.add(new int[] {start, end});
    }
    return args;
  }

  /** Returns the source text of tokens [from, to), comments between them left out. */
  private static String text(List<PythonToken> tokens, int from, int to) {
    if (from >= to) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      PythonToken t = tokens.get(i);
      if (i > from && tokens.get(i - 1).end() < t.start()) {
        out.append(' ');
      }
      out.append(t.text());
    }
    return out.toString();
  }
}
