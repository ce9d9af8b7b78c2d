package io.github.peatmoss.llm.internal;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingResult;
import com.knuddels.jtokkit.api.EncodingType;
import io.github.peatmoss.llm.PeatmossField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  private static final Pattern PLACEHOLDER_LINE =
      Pattern.compile("(?im)^.*more information needed.*$\\n?");
  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  private static final Pattern SPACE_RUNS = Pattern.compile("[ \\t]{2,}");
  private static final Pattern HORIZONTAL_RULE =
      Pattern.compile("(?m)^ {0,3}([-*_])( *\\1){2,} *$");
  private static final Pattern TABLE_RULE =
      Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
  private static final Pattern LINK = Pattern.compile(
      "\\[([^\\]\\n]*)]\\((?!\\s*<?(?:https?://)?(?:www\\.)?"
          + "(?:github\\.com|arxiv\\.org|huggingface\\.co|doi\\.org|aclanthology\\.org))[^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[(*])");
  private static final int CODE_LINES = 12;
  private static final int TABLE_ROWS = 8;
  /** The most tokens of one section sent to a model. */
  public static final int SECTION_CAP = 250;
  /** Fields for which a matching section title ("Model description") sends only the section's first paragraph. */
  private static final Set<PeatmossField> LEAD_ONLY = java.util.EnumSet.of(
      PeatmossField.BASE_MODEL, PeatmossField.DOMAIN, PeatmossField.TASK, PeatmossField.DEMO);

  private static final Map<PeatmossField, Pattern[]> RELEVANT = new EnumMap<>(PeatmossField.class);

  static {
    relevant(PeatmossField.LICENSE, "licen", "licen[cs]");
    relevant(
        PeatmossField.DATASETS,
        "data|training|pre-?train|fine-?tun",
        "dataset|corpus|corpora|trained on|tuned on|trained with");
    relevant(
        PeatmossField.BASE_MODEL,
        "base model|model details|description",
        "fine-?tuned|based on|initiali[sz]ed (from|with)|derived from|version of|distilled from|trained from|adapter");
    relevant(PeatmossField.PARAMETER_COUNT, "model details|architecture|size", "param");
    relevant(
        PeatmossField.HARDWARE,
        "environment|compute|hardware|infrastructure",
        "gpu|tpu|a100|v100|h100|\\bt4\\b|nvidia|hours|cloud|aws|gcp|azure|trained (for|on)");
    relevant(PeatmossField.CARBON_EMITTED, "environment|carbon|emission", "co2|carbon|emission");
    relevant(
        PeatmossField.HYPER_PARAMETERS,
        "hyper|training|procedure",
        "learning.rate|batch.size|epoch|optimi[sz]er|warm-?up|\\blr\\b|steps|dropout|weight.decay");
    relevant(
        PeatmossField.EVALUATION,
        "eval|result|benchmark|performance|metric",
        "accuracy|\\bf1\\b|bleu|rouge|\\bwer\\b|score|eval|perplexity|\\|\\s*[0-9.]+\\s*\\|");
    relevant(
        PeatmossField.LIMITATION_AND_BIAS,
        "limit|bias|risk|ethic|intended|scope|misuse|caveat|safety",
        "limitation|bias|risk|harm|not (intended|suitable)");
    relevant(
        PeatmossField.DEMO,
        "usage|use|example|demo|quick|start|inference|how to",
        "```|pipeline\\(|from_pretrained|demo|colab|/spaces/");
    relevant(
        PeatmossField.GRANT,
        "fund|acknowledg|sponsor|grant|support",
        "fund|grant|sponsor|supported by");
    relevant(
        PeatmossField.INPUT_FORMAT,
        "input|preprocess",
        "input|takes|format|tokeni[sz]|sampl(e|ing).rate|resolution|pixels|khz");
    relevant(
        PeatmossField.OUTPUT_FORMAT, "output", "output|returns|predicts|format|embedding|label");
    relevant(PeatmossField.LANGUAGE, "language", "language|lingual");
    relevant(PeatmossField.GITHUB_REPO, "code|repository|source", "github\\.com");
    relevant(
        PeatmossField.PAPER, "paper|publication", "arxiv|paper|doi\\.org|aclanthology|openreview");
    relevant(PeatmossField.DOMAIN, "description|overview|model details", "a^");
    relevant(
        PeatmossField.TASK,
        "description|overview|model details|intended",
        "classif|generat|translat|detect");
  }

  private static void relevant(PeatmossField f, String title, String text) {
    RELEVANT.put(
        f, new Pattern[] {Pattern.compile("(?i)" + title), Pattern.compile("(?i)" + text)});
  }

  private final Encoding encoding;

  private CardSplitter(Encoding encoding) {
    this.encoding = encoding;
  }

  /** Returns a splitter counting with the tokenizer of {@code model}: o200k_base for GPT-4o and later, else cl100k_base. */
  public static CardSplitter forModel(String model) {
    String m = model.toLowerCase(Locale.ROOT);
    boolean o200k = m.startsWith("gpt-4o")
        || m.startsWith("gpt-4.1")
        || m.startsWith("gpt-5")
        || m.startsWith("o1")
        || m.startsWith("o3")
        || m.startsWith("o4");
    return new CardSplitter(
        REGISTRY.getEncoding(o200k ? EncodingType.O200K_BASE : EncodingType.CL100K_BASE));
  }

  /** Returns the number of tokens of {@code text}. */
  public int count(String text) {
    return encoding.countTokensOrdinary(text);
  }

  /** Returns the text worth showing a model, section by section. */
  public List<String> sections(CardText card) {
    List<String> out = new ArrayList<>();
    for (CardText.Section s : card.sections()) {
      if (SKIP_SECTION.matcher(s.title()).matches()) {
        continue;
      }
      String text = clean(s.text(card));
      if (!text.isBlank() && !text.strip().matches("#+\\s.*")) {
        out.add(text.strip());
      }
    }
    return out;
  }

  /**
   * Removes what states no field: HTML comments, images, template placeholders, the URL of links that are not
   * to code, papers or the Hub (the link text stays), table rules and runs of spaces.
   */
  static String clean(String text) {
    String t = COMMENT.matcher(text).replaceAll("");
    t = IMAGE.matcher(t).replaceAll("");
    t = PLACEHOLDER_LINE.matcher(t).replaceAll("");
    t = LINK.matcher(t).replaceAll("[$1]");
    t = HORIZONTAL_RULE.matcher(t).replaceAll("");
    t = TABLE_RULE.matcher(t).replaceAll("|-|");
    t = SPACE_RUNS.matcher(t).replaceAll(" ");
    return BLANK_RUNS.matcher(t).replaceAll("\n\n");
  }

  /** Returns a code block shortened to its first lines. */
  private static String code(String paragraph) {
    String[] lines = paragraph.split("\n");
    if (lines.length <= CODE_LINES) {
      return paragraph;
    }
    return String.join("\n", java.util.Arrays.copyOf(lines, CODE_LINES - 1)) + "\n```";
  }

  /** Returns whether an asked field is stated in tables. */
  private static boolean tablesWanted(Set<PeatmossField> asked) {
    return asked.contains(PeatmossField.EVALUATION)
        || asked.contains(PeatmossField.HYPER_PARAMETERS)
        || asked.contains(PeatmossField.PARAMETER_COUNT)
        || asked.contains(PeatmossField.HARDWARE);
  }

  /** Returns a table cut to its header and first rows. */
  private static String table(String paragraph) {
    String[] lines = paragraph.split("\n");
    if (lines.length <= TABLE_ROWS) {
      return paragraph;
    }
    return String.join("\n", java.util.Arrays.copyOf(lines, TABLE_ROWS));
  }

  /**
   * Returns the sentences (or list items, or table rows) of a paragraph that match an asked field's keywords,
   * in order; empty when none does. A paragraph outside a section named for an asked field is sent only this far.
   */
  private static String matchingSentences(String paragraph, Set<PeatmossField> asked) {
    StringBuilder out = new StringBuilder();
    for (String line : paragraph.split("\n")) {
      StringBuilder kept = new StringBuilder();
      for (String sentence : SENTENCE.split(line)) {
        for (PeatmossField f : asked) {
          Pattern[] p = RELEVANT.get(f);
          if (p != null && p[1].matcher(sentence).find()) {
            kept.append(kept.length() == 0 ? "" : " ").append(sentence.strip());
            break;
          }
        }
      }
      if (kept.length() > 0) {
        out.append(out.length() == 0 ? "" : "\n").append(kept);
      }
    }
    return out.toString();
  }

  private static boolean isTable(String paragraph) {
    String[] lines = paragraph.split("\n");
    int rows = 0;
    for (String line : lines) {
      if (line.strip().startsWith("|")) {
        rows++;
      }
    }
    return rows >= 2 && rows * 2 > lines.length;
  }

  /**
   * Returns the parts of the card that can state one of the {@code asked} fields, each under its section heading:
   * the preamble's first paragraph (what the model is); in a section whose title names an asked field
   * ("Training", "Evaluation results"), its paragraphs, or only its first one when the title is merely
   * descriptive ("Model description" for base model, domain and task); elsewhere the paragraphs whose text
   * matches an asked field's keywords (a line with "github.com" for the repository, ...). Code is sent only
   * when a demo is asked (one block, its first lines), tables only for results, hyper-parameters, sizes and
   * hardware (their first rows), a paragraph only once, and each section at most {@link #SECTION_CAP} tokens
   * (at whole paragraphs, then lines). Everything else is not sent.
   */
  public List<String> relevantSections(CardText card, Set<PeatmossField> asked) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    boolean first = true;
    boolean codeSent = false;
    boolean tables = tablesWanted(asked);
    for (CardText.Section s : card.sections()) {
      // the preamble's title is empty: it matches neither a skipped nor a field's title
      if (SKIP_SECTION.matcher(s.title()).matches()
          && !(asked.contains(PeatmossField.GRANT)
              && s.title().toLowerCase(Locale.ROOT).contains("acknowledg"))) {
        continue;
      }
      String text = clean(s.text(card));
      String heading = s.level() > 0 ? "#".repeat(s.level()) + " " + s.title() : "";
      boolean titleMatches = false;
      boolean leadOnly = false;
      for (PeatmossField f : asked) {
        Pattern[] p = RELEVANT.get(f);
        if (p != null && p[0].matcher(s.title()).find()) {
          if (LEAD_ONLY.contains(f)) {
            leadOnly = true;
          } else {
            titleMatches = true;
          }
        }
      }
      List<String> kept = new ArrayList<>();
      int tokens = count(heading);
      for (String paragraph : paragraphs(text)) {
        String para = paragraph.strip();
        if (para.isEmpty() || para.equals(heading)) {
          continue;
        }
        boolean isCode = para.startsWith("```") || para.startsWith("~~~");
        if (isCode) {
          if (codeSent || !asked.contains(PeatmossField.DEMO)) {
            continue;
          }
          codeSent = true;
          para = code(para);
        } else if (isTable(para)) {
          if (!tables) {
            continue;
          }
          para = table(para);
        }
        boolean whole = titleMatches
            || (leadOnly && kept.isEmpty())
            || (first && s.level() <= 1 && kept.isEmpty())
            || isCode;
        if (!whole) {
          para = matchingSentences(para, asked);
        }
        if (para.isEmpty() || !seen.add(para)) {
          continue;
        }
        int n = count(para);
        if (tokens + n > SECTION_CAP) {
          if (SECTION_CAP - tokens >= 40 && !isCode) {
            List<String> lines = byLines(para, SECTION_CAP - tokens);
            kept.add(lines.get(0).strip());
          }
          break;
        }
        kept.add(para);
        tokens += n;
      }
      if (!kept.isEmpty()) {
        out.add((heading.isEmpty() ? "" : heading + "\n\n") + String.join("\n\n", kept));
        first = false;
      }
    }
    return out;
  }

  /**
   * Returns the asked fields the card can state at all: those with a section title or paragraph matching their
   * keywords (domain and task always pass). A field no paragraph mentions is not asked: it would cost prompt and
   * schema tokens for an answer that can only be empty.
   */
  public Set<PeatmossField> mentioned(CardText card, Set<PeatmossField> asked) {
    Set<PeatmossField> out = java.util.EnumSet.noneOf(PeatmossField.class);
    for (PeatmossField f : asked) {
      Pattern[] p = RELEVANT.get(f);
      if (p == null || f == PeatmossField.DOMAIN || f == PeatmossField.TASK) {
        out.add(f);
        continue;
      }
      for (CardText.Section s : card.sections()) {
        if (p[0].matcher(s.title()).find() || p[1].matcher(clean(s.text(card))).find()) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /** Splits text at blank lines, never inside a code fence. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean fence = false;
    for (String line : text.split("\n", -1)) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fence = !fence;
      }
      if (!fence && line.isBlank()) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      current.append(line).append('\n');
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * Returns the relevant parts of the card for {@code asked} in chunks of at most {@code budget} tokens, whole
   * sections where they fit.
   */
  public List<String> chunks(CardText card, Set<PeatmossField> asked, int budget) {
    return pack(relevantSections(card, asked), budget);
  }

  /** Returns the card's text in chunks of at most {@code budget} tokens, whole sections where they fit. */
  public List<String> chunks(CardText card, int budget) {
    return pack(sections(card), budget);
  }

  private List<String> pack(List<String> sections, int budget) {
    List<String> pieces = new ArrayList<>();
    for (String section : sections) {
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
      EncodingResult head = encoding.encodeOrdinary(line, budget);
      String l = head.isTruncated() ? encoding.decode(head.getTokens()) : line;
      if (count(current + l) > budget && current.length() > 0) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(l).append('\n');
    }
    out.add(current.toString()); // split gives at least one line
    return out;
  }
}
