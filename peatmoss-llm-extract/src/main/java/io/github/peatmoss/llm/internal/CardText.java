package io.github.peatmoss.llm.internal;

import io.github.peatmoss.core.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model card's raw text with the positions needed for evidence: where the front matter ends, the body's
 * sections (ATX headings outside code fences) and quote lookup (exact, then whitespace- and case-tolerant).
 * Offsets are UTF-16 indexes into {@link #text()}. Immutable.
 */
public final class CardText {
  /** The evidence source name for text read from the card. */
  public static final String SOURCE = "README.md";

  private static final Pattern FRONT_MATTER = Pattern.compile(
      "\\A\\s*---(?:\\r\\n|\\r|\\n)[\\s\\S]*?(?:\\r\\n|\\r|\\n)---[ \\t]*(?:\\r\\n|\\n|\\r|$)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  /**
   * A section of the body: the heading (empty title and level 0 for text before the first heading) and the
   * text up to the next heading of any level.
   *
   * @param title the heading text
   * @param level 1 to 6, 0 for the preamble
   * @param start offset of the heading line (or of the body)
   * @param end offset where the next section starts
   */
  public record Section(String title, int level, int start, int end) {
    /** Returns the section's text, heading included. */
    public String text(CardText card) {
      return card.text.substring(start, end);
    }
  }

  private final String text;
  private final int bodyStart;
  private final List<Section> sections;
  private final Tolerant tolerant;

  private CardText(String text) {
    this.text = text;
    Matcher m = FRONT_MATTER.matcher(text);
    this.bodyStart = m.find() ? m.end() : 0;
    this.sections = List.copyOf(split(text, bodyStart));
    this.tolerant = new Tolerant(text);
  }

  /** Returns the card text, a leading byte-order mark removed. */
  public static CardText of(String markdown) {
    Objects.requireNonNull(markdown, "markdown == null");
    return new CardText(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
  }

  /** Returns the whole text. */
  public String text() {
    return text;
  }

  /** Returns the offset where the body starts (0 without front matter). */
  public int bodyStart() {
    return bodyStart;
  }

  /** Returns the body. */
  public String body() {
    return text.substring(bodyStart);
  }

  /** Returns the body's sections in order; the first may be the preamble (level 0). */
  public List<Section> sections() {
    return sections;
  }

  /** Returns the section holding {@code offset}. */
  public Optional<Section> sectionAt(int offset) {
    for (Section s : sections) {
      if (offset >= s.start() && offset < s.end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Returns the full line holding {@code offset}, stripped. */
  public String lineAt(int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      start = 0;
    }
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }

  /** Returns evidence quoting the line at {@code offset}. */
  public Evidence lineEvidence(int offset) {
    String line = lineAt(offset);
    // the stripped line always occurs at or after the newline before it
    return evidence(
        line, text.indexOf(line, Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 1)))));
  }

  /** Returns evidence for {@code quote} at {@code offset}. */
  public static Evidence evidence(String quote, int offset) {
    return Evidence.builder().source(SOURCE).quote(quote).offset(offset).build();
  }

  /**
   * Returns evidence for the first line of the front matter that mentions {@code value} (case-insensitive),
   * or for the value alone when no line does (flow-style YAML).
   */
  public Evidence yamlEvidence(String key, String value) {
    String front = text.substring(0, bodyStart);
    String lowerFront = front.toLowerCase(Locale.ROOT);
    String needle = value.toLowerCase(Locale.ROOT);
    // after the key's line when there is one (indexOf reads a start of -1 as 0), else anywhere
    int at = lowerFront.indexOf(needle, lowerFront.indexOf(key.toLowerCase(Locale.ROOT) + ":"));
    if (at == -1) {
      at = lowerFront.indexOf(needle);
    }
    if (at < 0) {
      return Evidence.builder().source(SOURCE).quote(key + ": " + value).build();
    }
    return lineEvidence(at);
  }

  /** Returns where {@code quote} occurs: exactly, else ignoring case and runs of whitespace and markup. */
  public OptionalInt find(String quote) {
    if (quote.isBlank()) {
      return OptionalInt.empty();
    }
    int exact = text.indexOf(quote);
    if (exact >= 0) {
      return OptionalInt.of(exact);
    }
    return tolerant.find(quote);
  }

  private static List<Section> split(String text, int bodyStart) {
    List<Section> out = new ArrayList<>();
    String title = "";
    int level = 0;
    int start = bodyStart;
    String fence = null;
    int pos = bodyStart;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd).replace("\r", "");
      Matcher f = FENCE.matcher(line);
      if (fence != null) {
        if (f.find()
            && f.group(1).charAt(0) == fence.charAt(0)
            && f.group(1).length() >= fence.length()) {
          fence = null;
        }
      } else if (f.find()) {
        fence = f.group(1);
      } else {
        Matcher h = HEADING.matcher(line);
        if (h.matches()) {
          if (pos > start) {
            out.add(new Section(title, level, start, pos));
          }
          title = h.group(2).strip();
          level = h.group(1).length();
          start = pos;
        }
      }
      pos = lineEnd + 1;
    }
    if (text.length() > start) {
      out.add(new Section(title, level, start, text.length()));
    }
    return out;
  }

  /** Case- and whitespace-insensitive search over a folded copy of the text that maps back to offsets. */
  private static final class Tolerant {
    private final String folded;
    private final int[] origin;

    Tolerant(String text) {
      StringBuilder sb = new StringBuilder(text.length());
      int[] map = new int[text.length() + 1];
      int n = 0;
      boolean space = true;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '*' || c == '_' || c == '`' || c == '>' || c == '|') {
          if (!space) {
            sb.append(' ');
            map[n++] = i;
            space = true;
          }
          continue;
        }
        sb.append(Character.toLowerCase(fold(c)));
        map[n++] = i;
        space = false;
      }
      this.folded = sb.toString();
      this.origin = java.util.Arrays.copyOf(map, Math.max(n, 1));
    }

    OptionalInt find(String quote) {
      String q = new Tolerant(quote).folded.strip();
      if (q.isEmpty()) {
        return OptionalInt.empty();
      }
      int at = folded.indexOf(q);
      return at < 0 ? OptionalInt.empty() : OptionalInt.of(origin[at]);
    }

    private static char fold(char c) {
      switch (c) {
        case '\u2018':
        case '\u2019':
          return '\'';
        case '\u201C':
        case '\u201D':
          return '"';
        case '\u2013':
        case '\u2014':
          return '-';
        default:
          return c;
      }
    }
  }
}
