package io.github.peatmoss.licenses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recursive-descent parser for SPDX 3.0.1 license expressions ({@code +} > {@code WITH} > {@code AND} >
 * {@code OR}), strict or lenient. Every failure is a {@link LicenseExpressionException} with a position.
 */
final class ExpressionParser {
  /** Parentheses nested deeper than this are rejected rather than risking the stack. */
  static final int MAX_DEPTH = 64;

  private static final String LICENSE = "a license id from the SPDX License List";
  private static final String REF = "a LicenseRef-";
  private static final String OPEN = "'('";
  private static final String CLOSE = "')'";
  private static final String END = "end of input";

  /** The result of a parse: the tree and, in lenient mode, what was repaired to get it. */
  record Result(LicenseExpression expression, List<String> repairs) {}

  private enum Kind {
    WORD,
    OPEN,
    CLOSE,
    PLUS,
    END
  }

  private record Token(Kind kind, String text, int start, boolean spaceBefore) {}

  private final String input;
  private final boolean lenient;
  private final SpdxLicenseList list;
  private final List<Token> tokens;
  private final List<String> repairs = new ArrayList<>();
  private int next;
  private int depth;

  private ExpressionParser(String input, boolean lenient, SpdxLicenseList list) {
    this.input = input;
    this.lenient = lenient;
    this.list = list;
    this.tokens = tokenize();
  }

  static Result parse(String text, boolean lenient, SpdxLicenseList list) {
    Objects.requireNonNull(text, "text == null");
    ExpressionParser parser = new ExpressionParser(text, lenient, list);
    return new Result(parser.parseAll(), Collections.unmodifiableList(parser.repairs));
  }

  // ---- tokens

  private static boolean isWordChar(char c) {
    return c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c >= '0' && c <= '9'
        || c == '-'
        || c == '.'
        || c == ':';
  }

  private List<Token> tokenize() {
    List<Token> out = new ArrayList<>();
    int i = 0;
    boolean space = true;
    while (i < input.length()) {
      char c = input.charAt(i);
      if (c == ' ' || c == '\t') {
        space = true;
        i++;
      } else if (c == '\n' || c == '\r') {
        if (!lenient) {
          throw error(i, "a line break; an SPDX license expression is one line", List.of());
        }
        repair("line break read as a space");
        space = true;
        i++;
      } else if (c == '(' || c == ')' || c == '+') {
        out.add(new Token(
            c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.PLUS, String.valueOf(c), i, space));
        space = false;
        i++;
      } else if (isWordChar(c) || lenient && c == '_') {
        int start = i;
        while (i < input.length()
            && (isWordChar(input.charAt(i)) || lenient && input.charAt(i) == '_')) {
          i++;
        }
        out.add(new Token(Kind.WORD, input.substring(start, i), start, space));
        space = false;
      } else {
        throw error(
            i,
            "unexpected character " + describeChar(input.codePointAt(i)),
            List.of("a letter, digit, '-', '.'", OPEN, CLOSE, "'+'", "a space"));
      }
    }
    out.add(new Token(Kind.END, "", input.length(), space));
    return out;
  }

  /** Describes a code point: printable ASCII as {@code 'x'}, anything else with its U+ number and Unicode name. */
  static String describeChar(int codePoint) {
    if (codePoint > 0x20 && codePoint < 0x7f) {
      return "'" + (char) codePoint + "'";
    }
    String name = Character.getName(codePoint);
    String shown = Character.isWhitespace(codePoint)
            || Character.isSpaceChar(codePoint)
            || Character.isISOControl(codePoint)
        ? ""
        : "'" + new String(Character.toChars(codePoint)) + "' ";
    return shown
        + String.format(Locale.ROOT, "U+%04X", codePoint)
        + (name == null ? "" : " " + name);
  }

  private Token peek() {
    return tokens.get(next);
  }

  private void take() {
    next++;
  }

  // ---- grammar

  private LicenseExpression parseAll() {
    if (peek().kind == Kind.END) {
      throw error(0, "the expression is empty", List.of(LICENSE, REF, OPEN));
    }
    LicenseExpression e = parseOr();
    Token t = peek();
    if (t.kind != Kind.END) {
      throw unexpected(
          t,
          t.kind == Kind.CLOSE ? "a ')' without a matching '('" : null,
          List.of("AND", "OR", END));
    }
    return e;
  }

  private LicenseExpression parseOr() {
    List<LicenseExpression> operands = new ArrayList<>();
    operands.add(parseAnd());
    while (isOperator(peek(), "OR")) {
      take();
      operands.add(parseAnd());
    }
    return operands.size() == 1
        ? operands.get(0)
        : CompoundExpression.of(CompoundExpression.Operator.OR, operands);
  }

  private LicenseExpression parseAnd() {
    List<LicenseExpression> operands = new ArrayList<>();
    operands.add(parsePrimary());
    while (isOperator(peek(), "AND")) {
      take();
      operands.add(parsePrimary());
    }
    return operands.size() == 1
        ? operands.get(0)
        : CompoundExpression.of(CompoundExpression.Operator.AND, operands);
  }

  private LicenseExpression parsePrimary() {
    Token t = peek();
    if (t.kind == Kind.OPEN) {
      take();
      if (++depth > MAX_DEPTH) {
        throw error(t.start, "parentheses nested deeper than " + MAX_DEPTH, List.of());
      }
      LicenseExpression inner = parseOr();
      Token close = peek();
      if (close.kind != Kind.CLOSE) {
        throw unexpected(
            close,
            close.kind == Kind.END ? "the '(' at position " + t.start + " is not closed" : null,
            List.of("AND", "OR", CLOSE));
      }
      take();
      depth--;
      if (peek().kind == Kind.PLUS) {
        throw unexpected(peek(), "'+' may follow only a license id, not ')'", List.of());
      }
      if (isOperator(peek(), "WITH")) {
        if (lenient && inner instanceof SimpleExpression simple) {
          repair("'(" + simple + ") WITH' read as '" + simple + " WITH'");
          take();
          return WithExpression.of(simple, parseAddition());
        }
        throw unexpected(
            peek(),
            "WITH may follow only a single license, not a parenthesised expression",
            List.of("AND", "OR", depth > 0 ? CLOSE : END));
      }
      return inner;
    }
    if (t.kind != Kind.WORD) {
      throw unexpected(
          t,
          t.kind == Kind.END ? "the expression ends where a license was expected" : null,
          List.of(LICENSE, REF, OPEN));
    }
    if (isAnyCaseOperator(t.text)) {
      throw unexpected(
          t, "operator '" + t.text + "' where a license was expected", List.of(LICENSE, REF, OPEN));
    }
    take();
    SimpleExpression simple = simple(t);
    Token plus = peek();
    if (plus.kind == Kind.PLUS) {
      if (!(simple instanceof ListedLicense listed)) {
        throw unexpected(
            plus,
            "'+' may follow only a listed license id, not a LicenseRef-",
            List.of("AND", "OR", "WITH", depth > 0 ? CLOSE : END));
      }
      if (plus.spaceBefore) {
        if (!lenient) {
          throw unexpected(plus, "no space is allowed between a license id and '+'", List.of());
        }
        repair("space before '+' removed");
      }
      take();
      simple = listed.orLater();
      checkFollowing();
    }
    if (isOperator(peek(), "WITH")) {
      take();
      return WithExpression.of(simple, parseAddition());
    }
    return simple;
  }

  /** After {@code +} the next word must be separated by a space ({@code MIT+AND} is not an expression). */
  private void checkFollowing() {
    Token t = peek();
    if (t.kind == Kind.WORD && !t.spaceBefore) {
      if (!lenient) {
        throw unexpected(t, "a space is needed before '" + t.text + "'", List.of());
      }
      repair("space inserted before '" + t.text + "'");
    }
    if (t.kind == Kind.PLUS) {
      throw unexpected(t, "a second '+'", List.of("AND", "OR", "WITH", depth > 0 ? CLOSE : END));
    }
  }

  private Addition parseAddition() {
    Token t = peek();
    if (t.kind != Kind.WORD || isAnyCaseOperator(t.text)) {
      throw unexpected(
          t,
          t.kind == Kind.END ? "the expression ends after WITH" : null,
          List.of("a license exception id from the SPDX License List", "an AdditionRef-"));
    }
    take();
    RefParts ref = refParts(t, "AdditionRef-");
    Addition addition;
    if (ref != null) {
      addition = Addition.ref(ref.documentRef, ref.name);
    } else {
      Optional<SpdxExceptionEntry> entry = list.findException(t.text);
      if (entry.isEmpty()) {
        String hint = list.findLicense(t.text).isPresent()
            ? "'" + t.text + "' is a license, not an exception"
            : "unknown license exception '" + t.text + "'";
        throw error(
            t.start,
            hint,
            List.of(
                "a license exception id from the SPDX License List " + list.version(),
                "an AdditionRef-"));
      }
      addition = Addition.listed(entry.get());
    }
    if (peek().kind == Kind.PLUS) {
      throw unexpected(peek(), "'+' may follow only a license id, not an exception", List.of());
    }
    return addition;
  }

  private SimpleExpression simple(Token t) {
    RefParts ref = refParts(t, "LicenseRef-");
    if (ref != null) {
      return new LicenseRef(ref.documentRef, ref.name);
    }
    if (t.text.indexOf(':') >= 0 || t.text.indexOf('_') >= 0) {
      int at = t.start + Math.max(t.text.indexOf(':'), t.text.indexOf('_'));
      throw error(
          at,
          "unexpected character '" + input.charAt(at) + "' in license id '" + t.text + "'",
          List.of("a letter, digit, '-' or '.'"));
    }
    Optional<SpdxLicenseEntry> entry = list.findLicense(t.text);
    if (entry.isEmpty()) {
      String hint = list.findException(t.text).isPresent()
          ? "'" + t.text + "' is a license exception; write it after WITH"
          : "unknown license id '" + t.text + "'" + suggestion(t.text);
      throw error(
          t.start,
          hint,
          List.of(
              LICENSE + " " + list.version(),
              REF + " for other licenses (peatmoss licenses normalize maps common names)"));
    }
    return new ListedLicense(entry.get(), false);
  }

  /** Returns " (did you mean X?)" when the word is a known spelling of a listed license, else "". */
  private String suggestion(String word) {
    Optional<String> spdx = HuggingFaceLicenses.find(word)
        .map(HuggingFaceLicenses.Mapping::spdx)
        .or(() -> ScanCodeKeys.find(word))
        .or(() -> (list == SpdxLicenseList.standard() ? FreeText.standard() : new FreeText(list))
            .match(word)
            .map(FreeText.Match::spdx));
    return spdx.filter(s -> !s.startsWith("LicenseRef-"))
        .map(s -> " (did you mean " + s + "?)")
        .orElse("");
  }

  private record RefParts(Optional<String> documentRef, String name) {}

  /** Returns the parts of {@code [DocumentRef-x:]<kind>y}, null if the word is not such a reference. */
  private RefParts refParts(Token t, String kind) {
    String word = t.text;
    int offset = 0;
    Optional<String> doc = Optional.empty();
    if (startsWith(word, "DocumentRef-", t.start)) {
      int colon = word.indexOf(':');
      if (colon < 0) {
        throw error(
            t.start + word.length(), "a DocumentRef- needs ':' and a " + kind, List.of("':'"));
      }
      doc = Optional.of(idstring(
          word.substring("DocumentRef-".length(), colon),
          t.start + "DocumentRef-".length(),
          "DocumentRef-"));
      offset = colon + 1;
      if (!startsWith(word.substring(offset), kind, t.start + offset)) {
        throw error(
            t.start + offset, "after 'DocumentRef-" + doc.get() + ":'", List.of("'" + kind + "'"));
      }
    } else if (!startsWith(word, kind, t.start)) {
      return null;
    }
    String rest = word.substring(offset + kind.length());
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      throw error(
          t.start + offset + kind.length() + colon,
          "unexpected ':' in '" + word + "'",
          List.of("a letter, digit, '-' or '.'"));
    }
    return new RefParts(doc, idstring(rest, t.start + offset + kind.length(), kind));
  }

  /** Whether {@code word} starts with {@code prefix}; case-sensitive when strict (SPDX 3.0.1). */
  private boolean startsWith(String word, String prefix, int at) {
    if (word.startsWith(prefix)) {
      return true;
    }
    if (word.regionMatches(true, 0, prefix, 0, prefix.length())) {
      if (!lenient) {
        throw error(
            at,
            "'" + word.substring(0, prefix.length()) + "' must be written '" + prefix
                + "' (the prefix is case-sensitive)",
            List.of("'" + prefix + "'"));
      }
      repair("'" + word.substring(0, prefix.length()) + "' written as '" + prefix + "'");
      return true;
    }
    return false;
  }

  private String idstring(String value, int at, String after) {
    if (value.isEmpty()) {
      throw error(
          at, "'" + after + "' must be followed by a name", List.of("a letter, digit, '-' or '.'"));
    }
    // Only lenient tokens hold '_': the strict tokenizer has already refused it.
    if (value.indexOf('_') >= 0) {
      repair("'_' in '" + after + value + "' replaced by '-'");
      return value.replace('_', '-');
    }
    return value;
  }

  // ---- operators

  private static boolean isAnyCaseOperator(String word) {
    return word.equalsIgnoreCase("AND")
        || word.equalsIgnoreCase("OR")
        || word.equalsIgnoreCase("WITH");
  }

  private boolean isOperator(Token t, String op) {
    if (t.kind != Kind.WORD || !t.text.equalsIgnoreCase(op)) {
      return false;
    }
    if (t.text.equals(op) || t.text.equals(op.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!lenient) {
      throw error(
          t.start,
          "operator '" + t.text + "' mixes upper and lower case",
          List.of("'" + op + "'", "'" + op.toLowerCase(Locale.ROOT) + "'"));
    }
    repair("operator '" + t.text + "' read as '" + op + "'");
    return true;
  }

  // ---- errors

  private void repair(String what) {
    repairs.add(what);
  }

  /** {@code problem} may be null only for a word, '(', ')' or '+': every caller names the problem at the end. */
  private LicenseExpressionException unexpected(Token t, String problem, List<String> expected) {
    return error(t.start, problem == null ? "unexpected '" + t.text + "'" : problem, expected);
  }

  private LicenseExpressionException error(int position, String problem, List<String> expected) {
    return new LicenseExpressionException(input, position, problem, expected);
  }
}
