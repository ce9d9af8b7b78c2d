package io.github.peatmoss.pytorchhub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small Python tokenizer, enough to find calls and read their arguments: string literals (single, double,
 * triple-quoted, with prefixes), comments, and brackets nested to any depth. It never evaluates anything.
 */
final class PythonSource {
  private PythonSource() {}

  /**
   * One call's arguments as source text.
   *
   * @param positional the positional arguments
   * @param keywords the keyword arguments by name
   */
  record Arguments(List<String> positional, Map<String, String> keywords) {}

  /** Finds every call of {@code callee} (for example {@code torch.hub.load}) in code, skipping strings and comments. */
  static List<Arguments> findCalls(String code, String callee) {
    List<Arguments> calls = new ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (c == '#') {
        i = endOfLine(code, i);
        continue;
      }
      if (c == '\'' || c == '"') {
        i = skipString(code, i);
        continue;
      }
      if (code.startsWith(callee, i) && (i == 0 || !isNamePart(code.charAt(i - 1)))) {
        int j = i + callee.length();
        while (j < n && (code.charAt(j) == ' ' || code.charAt(j) == '\t')) {
          j++;
        }
        if (j < n && code.charAt(j) == '(') {
          Optional<Integer> close = matchingParen(code, j);
          if (close.isPresent()) {
            calls.add(splitArguments(code.substring(j + 1, close.get())));
            i = close.get() + 1;
            continue;
          }
        }
        i = j;
        continue;
      }
      i++;
    }
    return calls;
  }

  /** Returns the literal value of a string expression ({@code 'a'}, {@code "a"}, {@code r'a'}), or empty. */
  static Optional<String> stringLiteral(String expression) {
    String e = expression.strip();
    int p = 0;
    while (p < e.length() && "rRbBuU".indexOf(e.charAt(p)) >= 0 && p < 2) {
      p++;
    }
    if (p >= e.length() || (e.charAt(p) != '\'' && e.charAt(p) != '"')) {
      return Optional.empty();
    }
    if (e.length() > p && (e.charAt(0) == 'f' || e.charAt(0) == 'F')) {
      return Optional.empty();
    }
    int end = skipString(e, p);
    if (end != e.length()) {
      return Optional.empty(); // concatenation or more
    }
    String quote = e.startsWith("\"\"\"", p) || e.startsWith("'''", p) ? e.substring(p, p + 3) : e.substring(p, p + 1);
    return Optional.of(e.substring(p + quote.length(), e.length() - quote.length()));
  }

  private static Arguments splitArguments(String inside) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int i = 0;
    while (i < inside.length()) {
      char c = inside.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipString(inside, i);
        continue;
      }
      if (c == '#') {
        i = endOfLine(inside, i);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(inside.substring(start, i));
        start = i + 1;
      }
      i++;
    }
    parts.add(inside.substring(start));
    List<String> positional = new ArrayList<>();
    Map<String, String> keywords = new LinkedHashMap<>();
    for (String raw : parts) {
      String part = stripComments(raw).strip();
      if (part.isEmpty()) {
        continue;
      }
      int eq = keywordEquals(part);
      if (eq > 0) {
        keywords.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      } else {
        positional.add(part);
      }
    }
    return new Arguments(positional, keywords);
  }

  /** Returns the index of {@code =} in {@code name=value}, or -1 (not {@code ==}, not inside brackets). */
  private static int keywordEquals(String part) {
    int i = 0;
    while (i < part.length() && isNamePart(part.charAt(i))) {
      i++;
    }
    if (i == 0 || !Character.isJavaIdentifierStart(part.charAt(0))) {
      return -1;
    }
    int j = i;
    while (j < part.length() && part.charAt(j) == ' ') {
      j++;
    }
    return j < part.length() && part.charAt(j) == '=' && (j + 1 >= part.length() || part.charAt(j + 1) != '=')
        ? j : -1;
  }

  private static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = skipString(text, i);
        out.append(text, i, end);
        i = end;
      } else if (c == '#') {
        i = endOfLine(text, i);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Optional<Integer> matchingParen(String code, int open) {
    int depth = 0;
    int i = open;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipString(code, i);
        continue;
      }
      if (c == '#') {
        i = endOfLine(code, i);
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return Optional.of(i);
        }
      }
      i++;
    }
    return Optional.empty();
  }

  /** Returns the index after the string literal starting at {@code start} (a quote character). */
  static int skipString(String code, int start) {
    char q = code.charAt(start);
    boolean triple = code.startsWith("" + q + q + q, start);
    int i = start + (triple ? 3 : 1);
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (triple) {
        if (code.startsWith("" + q + q + q, i)) {
          return i + 3;
        }
      } else if (c == q) {
        return i + 1;
      } else if (c == '\n') {
        return i; // unterminated single-line string: stop at the line end
      }
      i++;
    }
    return code.length();
  }

  private static int endOfLine(String code, int i) {
    int nl = code.indexOf('\n', i);
    return nl < 0 ? code.length() : nl;
  }

  static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }
}
