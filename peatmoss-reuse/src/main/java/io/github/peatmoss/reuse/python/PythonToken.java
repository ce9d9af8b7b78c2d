package io.github.peatmoss.reuse.python;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of Python source, as {@link PythonTokenizer} cuts it.
 *
 * @param kind what the token is
 * @param text the token's source text exactly (a string token includes its prefix and quotes)
 * @param start the offset of its first character in the source
 * @param end the offset after its last character
 * @param line its 1-based line
 * @param column its 1-based column (in UTF-16 characters)
 */
public record PythonToken(Kind kind, String text, int start, int end, int line, int column) {

  /** The kinds of token, as Python's own {@code tokenize} module names them. */
  public enum Kind {
    /** An identifier or keyword. */
    NAME,
    /** A numeric literal. */
    NUMBER,
    /** A string or bytes literal, f-strings included, with its prefix and quotes. */
    STRING,
    /** An operator or delimiter ({@code ( ) [ ] { } , : . = ->} and the rest). */
    OP,
    /** A comment, from {@code #} to the end of the line. */
    COMMENT,
    /** The end of a logical line (a statement). */
    NEWLINE,
    /** A line break that does not end a statement (inside brackets, or a blank or comment-only line). */
    NL,
    /** The start of a deeper indented block. */
    INDENT,
    /** The end of an indented block. */
    DEDENT,
    /** A character that starts no token (for example {@code $} or a stray backslash). */
    ERROR,
    /** The end of the source. */
    END
  }

  public PythonToken {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
  }

  /** Returns whether this is an operator token with exactly this text. */
  public boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  /** Returns whether this is a name token with exactly this text (keywords are names). */
  public boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }

  /** Returns the prefix letters of a string token, lower-cased ({@code ""}, {@code "r"}, {@code "f"}, {@code "rb"}). */
  public String stringPrefix() {
    if (kind != Kind.STRING) {
      return "";
    }
    int p = 0;
    while (text.charAt(p) != '\''
        && text.charAt(p) != '"') { // a string token always holds its quote
      p++;
    }
    return text.substring(0, p).toLowerCase(Locale.ROOT);
  }

  /** Returns whether this is an f-string (its value may hold {@code {placeholders}}). */
  public boolean isFString() {
    return stringPrefix().indexOf('f') >= 0;
  }

  /** Returns whether this string token is closed by its quote (an unterminated one ends at the line or source end). */
  public boolean isTerminated() {
    if (kind != Kind.STRING) {
      return false;
    }
    String quote = quote();
    int body = stringPrefix().length() + quote.length();
    return text.length() >= body + quote.length()
        && text.endsWith(quote)
        && !escapedAt(text, text.length() - quote.length());
  }

  /**
   * Returns the value of a string token: the characters between its quotes with escapes processed (not in raw
   * strings). F-strings keep their {@code {placeholders}} as written. Empty for other kinds.
   */
  public String stringValue() {
    if (kind != Kind.STRING) {
      return "";
    }
    String prefix = stringPrefix();
    String quote = quote();
    int from = prefix.length() + quote.length();
    int to = isTerminated() ? text.length() - quote.length() : text.length();
    String body = text.substring(Math.min(from, to), to);
    return prefix.indexOf('r') >= 0 ? body : unescape(body);
  }

  private String quote() {
    int p = stringPrefix().length();
    char q = text.charAt(p);
    // "" (an empty string) starts with two quotes; only three open a triple-quoted string.
    return text.startsWith("" + q + q + q, p) ? "" + q + q + q : "" + q;
  }

  private static boolean escapedAt(String s, int i) {
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String unescape(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      char n = body.charAt(++i);
      switch (n) {
        case '\n':
          break; // a backslash-newline joins the lines
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'r':
          out.append('\r');
          break;
        case '\\':
        case '\'':
        case '"':
          out.append(n);
          break;
        default:
          out.append('\\').append(n);
      }
    }
    return out.toString();
  }
}
