package io.github.peatmoss.llm.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prepares the part of a card a model is shown: the body without front matter (the deterministic stage read it),
 * without sections that state no PeaTMOSS field (citations, contacts, authors, table of contents), HTML comments,
 * images and template lines left as "[More Information Needed]"; then splits it into chunks of whole sections
 * under a token budget (a section over the budget is split at paragraphs, a paragraph at lines), counted with a
 * real BPE tokenizer (jtokkit). Thread-safe.
 */
public final class CardSplitter {
  private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
  private static final Pattern SKIP_SECTION = Pattern.compile(
      "(?i).*\\b(citation|cite|bibtex|references?|acknowledge?ments?|contact|model card authors?|authors?"
          + "|table of contents|glossary|more information|disclaimer)\\b.*");
  private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?-->");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)|<img[^>]*>");
  private static final Pattern PLACEHOLDER_LINE = Pattern.compile("(?im)^.*more information needed.*$\\n?");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

  private final Encoding encoding;

  private CardSplitter(Encoding encoding) {
    this.encoding = encoding;
  }

  /** Returns a splitter counting with the tokenizer of {@code model}: o200k_base for GPT-4o and later, else cl100k_base. */
  public static CardSplitter forModel(String model) {
    String m = model.toLowerCase(Locale.ROOT);
    boolean o200k = m.startsWith("gpt-4o") || m.startsWith("gpt-4.1") || m.startsWith("gpt-5") || m.startsWith("o1")
        || m.startsWith("o3") || m.startsWith("o4");
    return new CardSplitter(REGISTRY.getEncoding(o200k ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE));
  }

  /** Returns the number of tokens of {@code text}. */
  public int count(String text) {
    return encoding.countTokensOrdinary(text);
  }

  /** Returns the text worth showing a model, section by section. */
  public List<String> sections(CardText card) {
    List<String> out = new ArrayList<>();
    for (CardText.Section s : card.sections()) {
      if (s.level() > 0 && SKIP_SECTION.matcher(s.title()).matches()) {
        continue;
      }
      String text = clean(s.text(card));
      if (!text.isBlank() && !text.strip().matches("#+\\s.*")) {
        out.add(text.strip());
      }
    }
    return out;
  }

  static String clean(String text) {
    String t = COMMENT.matcher(text).replaceAll("");
    t = IMAGE.matcher(t).replaceAll("");
    t = PLACEHOLDER_LINE.matcher(t).replaceAll("");
    return BLANK_RUNS.matcher(t).replaceAll("\n\n");
  }

  /** Returns the card's text in chunks of at most {@code budget} tokens, whole sections where they fit. */
  public List<String> chunks(CardText card, int budget) {
    List<String> pieces = new ArrayList<>();
    for (String section : sections(card)) {
      if (count(section) <= budget) {
        pieces.add(section);
      } else {
        for (String paragraph : section.split("\\n\\s*\\n")) {
          if (count(paragraph) <= budget) {
            pieces.add(paragraph);
          } else {
            pieces.addAll(byLines(paragraph, budget));
          }
        }
      }
    }
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int tokens = 0;
    for (String piece : pieces) {
      int n = count(piece) + 1;
      if (tokens + n > budget && current.length() > 0) {
        chunks.add(current.toString().strip());
        current.setLength(0);
        tokens = 0;
      }
      current.append(piece).append("\n\n");
      tokens += n;
    }
    if (current.length() > 0) {
      chunks.add(current.toString().strip());
    }
    return chunks;
  }

  private List<String> byLines(String paragraph, int budget) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : paragraph.split("\\n")) {
      String l = count(line) > budget ? encoding.decode(encoding.encodeOrdinary(line, budget).getTokens()) : line;
      if (count(current + l) > budget && current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(l).append('\n');
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }
}
