package io.github.peatmoss.reuse.python;

import io.github.peatmoss.reuse.internal.PythonCode;
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
    List<PythonToken> tokens = PythonCode.codeTokens(PythonTokenizer.tokenize(code));
    int[] match = PythonCode.matchBrackets(tokens);
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
      for (int[] arg : PythonCode.splitArguments(tokens, match, i + 1, close)) {
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

  /** Returns the source text of tokens [from, to), comments between them left out. */
  private static String text(List<PythonToken> tokens, int from, int to) {
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
