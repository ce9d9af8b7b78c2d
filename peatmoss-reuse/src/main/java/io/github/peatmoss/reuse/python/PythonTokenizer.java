package io.github.peatmoss.reuse.python;

import io.github.peatmoss.reuse.python.PythonToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts Python source into tokens the way Python's {@code tokenize} module does, closely enough for static
 * analysis: names, numbers, string literals (every prefix, triple quotes, escapes, line continuations),
 * comments, operators, logical {@code NEWLINE}s versus {@code NL}s inside brackets and after backslashes, and
 * {@code INDENT}/{@code DEDENT}. It never fails: broken input (unterminated strings, unbalanced brackets,
 * stray characters, binary junk) gives {@code ERROR} tokens or unterminated strings, and the last token is
 * always {@code END}. Nothing is evaluated and nothing recurses, so deep nesting costs nothing. Stateless and
 * thread-safe.
 */
public final class PythonTokenizer {
  private static final String[] OPERATORS = {
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ",", ":",
    ".", ";", "@", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "!"
  };

  private PythonTokenizer() {}

  /** Returns every token of {@code source}; the last is {@link Kind#END}. */
  public static List<PythonToken> tokenize(String source) {
    Objects.requireNonNull(source, "source == null");
    return new Run(source).run();
  }

  /** One pass over one source; not shared. */
  private static final class Run {
    private final String s;
    private final int n;
    private final List<PythonToken> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private boolean atLineStart = true;

    Run(String source) {
      this.s = source;
      this.n = source.length();
    }

    List<PythonToken> run() {
      while (pos < n) {
        if (atLineStart && depth == 0) {
          indentation();
          continue;
        }
        atLineStart = false;
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\f') {
          pos++;
        } else if (c == '\n' || c == '\r') {
          newline(c);
        } else if (c == '#') {
          int e = endOfLine(pos);
          add(Kind.COMMENT, pos, e);
          pos = e;
        } else if (c == '\\') {
          int after = pos + 1;
          if (after < n && (s.charAt(after) == '\n' || s.charAt(after) == '\r')) {
            pos = after;
            skipLineBreak();
            countLine(pos); // the next physical line continues this logical one: no NEWLINE, no
            // indentation
          } else {
            add(Kind.ERROR, pos, pos + 1);
            pos++;
          }
        } else if (isQuote(c)) {
          string(pos, pos);
        } else if (isNameStart(c)) {
          int p = pos;
          while (p < n && isNamePart(s.charAt(p))) {
            p++;
          }
          if (p < n && isQuote(s.charAt(p)) && isStringPrefix(pos, p)) {
            string(pos, p);
          } else {
            add(Kind.NAME, pos, p);
            pos = p;
          }
        } else if (Character.isDigit(c)
            || (c == '.' && pos + 1 < n && Character.isDigit(s.charAt(pos + 1)))) {
          number();
        } else {
          operator();
        }
      }
      if (!out.isEmpty()
          && lastKind() != Kind.NEWLINE
          && lastKind() != Kind.NL
          && lastKind() != Kind.DEDENT
          && lastKind() != Kind.INDENT) {
        out.add(new PythonToken(Kind.NEWLINE, "", n, n, line, n - lineStart + 1));
      }
      for (int i = indents.size() - 1; i > 0; i--) {
        out.add(new PythonToken(Kind.DEDENT, "", n, n, line, n - lineStart + 1));
      }
      out.add(new PythonToken(Kind.END, "", n, n, line, n - lineStart + 1));
      return out;
    }

    /**
     * Measures indentation at a line start: a blank or comment-only line is consumed (the next line starts
     * again); otherwise the line's INDENT or DEDENTs are added and reading goes on after the indentation.
     */
    private void indentation() {
      int p = pos;
      int width = 0;
      while (p < n) {
        char c = s.charAt(p);
        if (c == ' ') {
          width++;
        } else if (c == '\t') {
          width = (width / 8 + 1) * 8;
        } else if (c == '\f') {
          width = 0;
        } else {
          break;
        }
        p++;
      }
      if (p >= n) {
        pos = p;
        return;
      }
      char c = s.charAt(p);
      if (c == '\n' || c == '\r' || c == '#') {
        // Blank and comment-only lines change no indentation.
        pos = p;
        if (c == '#') {
          int e = endOfLine(p);
          add(Kind.COMMENT, p, e);
          pos = e;
        }
        if (pos < n) {
          int start = pos;
          skipLineBreak();
          out.add(new PythonToken(
              Kind.NL, s.substring(start, pos), start, pos, line, start - lineStart + 1));
          nextLine();
        }
        return;
      }
      pos = p;
      int current = indents.get(indents.size() - 1);
      if (width > current) {
        indents.add(width);
        out.add(new PythonToken(Kind.INDENT, s.substring(lineStart, p), lineStart, p, line, 1));
      } else {
        while (width < indents.get(indents.size() - 1)) {
          indents.remove(indents.size() - 1);
          out.add(new PythonToken(Kind.DEDENT, "", p, p, line, p - lineStart + 1));
        }
        // A dedent to a width no enclosing block had is an IndentationError in Python; continue at
        // that width.
        if (width > indents.get(indents.size() - 1)) {
          indents.add(width);
        }
      }
      atLineStart = false;
    }

    private void newline(char c) {
      int start = pos;
      skipLineBreak();
      boolean logical = depth == 0
          && !atLineStart
          && lastKind() != Kind.NEWLINE
          && lastKind() != Kind.NL
          && lastKind() != Kind.INDENT
          && lastKind() != Kind.DEDENT;
      out.add(new PythonToken(
          logical ? Kind.NEWLINE : Kind.NL,
          s.substring(start, pos),
          start,
          pos,
          line,
          start - lineStart + 1));
      nextLine();
    }

    private void nextLine() {
      line++;
      lineStart = pos;
      atLineStart = true;
    }

    private void skipLineBreak() {
      if (pos < n && s.charAt(pos) == '\r') {
        pos++;
        if (pos < n && s.charAt(pos) == '\n') {
          pos++;
        }
      } else if (pos < n && s.charAt(pos) == '\n') {
        pos++;
      }
    }

    /** Reads a string literal whose prefix starts at {@code from} and whose quote is at {@code quoteAt}. */
    private void string(int from, int quoteAt) {
      char q = s.charAt(quoteAt);
      boolean triple = quoteAt + 2 < n && s.charAt(quoteAt + 1) == q && s.charAt(quoteAt + 2) == q;
      int startLine = line;
      int startColumn = from - lineStart + 1;
      int p = quoteAt + (triple ? 3 : 1);
      int end = -1;
      while (p < n) {
        char c = s.charAt(p);
        if (c == '\\') {
          if (p + 1 < n && (s.charAt(p + 1) == '\n' || s.charAt(p + 1) == '\r')) {
            p = lineBreakEnd(p + 1);
            countLine(p);
          } else {
            p += 2;
          }
          continue;
        }
        if (triple) {
          if (c == q && p + 2 < n && s.charAt(p + 1) == q && s.charAt(p + 2) == q) {
            end = p + 3;
            break;
          }
          if (c == '\n' || c == '\r') {
            p = lineBreakEnd(p);
            countLine(p);
            continue;
          }
        } else if (c == q) {
          end = p + 1;
          break;
        } else if (c == '\n' || c == '\r') {
          end = p; // unterminated single-quoted string: it ends at the line end
          break;
        }
        p++;
      }
      if (end < 0) {
        end = Math.min(p, n);
      }
      out.add(
          new PythonToken(Kind.STRING, s.substring(from, end), from, end, startLine, startColumn));
      pos = end;
    }

    private int lineBreakEnd(int p) {
      if (s.charAt(p) == '\r' && p + 1 < n && s.charAt(p + 1) == '\n') {
        return p + 2;
      }
      return p + 1;
    }

    private void countLine(int newLineStart) {
      line++;
      lineStart = newLineStart;
    }

    private void number() {
      int p = pos;
      while (p < n) {
        char c = s.charAt(p);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
          p++;
        } else if ((c == '+' || c == '-')
            && p > pos
            && (s.charAt(p - 1) == 'e' || s.charAt(p - 1) == 'E')
            && !s.startsWith("0x", pos)
            && !s.startsWith("0X", pos)) {
          p++;
        } else {
          break;
        }
      }
      add(Kind.NUMBER, pos, p);
      pos = p;
    }

    private void operator() {
      for (String op : OPERATORS) {
        if (s.startsWith(op, pos)) {
          char c = op.charAt(0);
          if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
            depth++;
          } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
            depth = Math.max(0, depth - 1);
          }
          add(Kind.OP, pos, pos + op.length());
          pos += op.length();
          return;
        }
      }
      // One code point that starts no token; surrogate pairs stay together.
      int width = Character.charCount(s.codePointAt(pos));
      add(Kind.ERROR, pos, Math.min(n, pos + width));
      pos += width;
    }

    private void add(Kind kind, int from, int to) {
      out.add(new PythonToken(kind, s.substring(from, to), from, to, line, from - lineStart + 1));
    }

    private Kind lastKind() {
      return out.isEmpty() ? Kind.NL : out.get(out.size() - 1).kind();
    }

    private int endOfLine(int p) {
      int e = p;
      while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
        e++;
      }
      return e;
    }

    private boolean isStringPrefix(int from, int to) {
      String p = s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
      switch (p) {
        case "r":
        case "u":
        case "b":
        case "f":
        case "br":
        case "rb":
        case "fr":
        case "rf":
          return true;
        default:
          return false;
      }
    }
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }

  private static boolean isNameStart(char c) {
    return c == '_' || Character.isUnicodeIdentifierStart(c); // '_' and letters of every script
  }

  private static boolean isNamePart(char c) {
    // letters, digits and '_' of every script; not the controls Java ignores in identifiers
    return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }
}
