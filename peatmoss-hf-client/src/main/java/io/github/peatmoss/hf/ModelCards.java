package io.github.peatmoss.hf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses model cards. The front matter is read as the Hub reads it (first block, leading whitespace, CRLF) with
 * SnakeYAML Engine under fixed bounds, so a hostile card costs bounded time and memory: at most {@value
 * #MAX_ALIASES} aliases to collections, {@value #MAX_DEPTH} levels of nesting, {@value #MAX_CODE_POINTS} code
 * points of YAML and {@value #MAX_VALUES} values after alias expansion; beyond them {@link ModelCardException}.
 * Everything else is lenient: YAML syntax errors, a non-mapping block, scalars where lists belong and invalid
 * license ids become warnings. Stateless and thread-safe.
 */
public final class ModelCards {
  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 64;
  static final int MAX_CODE_POINTS = 512 * 1024;
  static final int MAX_VALUES = 100_000;

  private static final Pattern ATX =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");

  private ModelCards() {}

  /**
   * Parses a model card.
   *
   * @throws ModelCardException when the front matter exceeds a bound
   */
  public static ModelCard parse(String markdown) {
    Objects.requireNonNull(markdown, "markdown == null");
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    List<String> warnings = new ArrayList<>();
    FrontMatter.Parts parts = FrontMatter.split(text);
    Map<String, Object> metadata = Collections.emptyMap();
    boolean hasMetadata = false;
    if (parts.yaml().isPresent()) {
      Object loaded = load(parts.yaml().get(), warnings);
      if (loaded instanceof Map) {
        metadata = toMetadata((Map<?, ?>) loaded);
        hasMetadata = true;
      } else if (loaded != null) {
        warnings.add("front matter is not a mapping ("
            + loaded.getClass().getSimpleName().toLowerCase(Locale.ROOT)
            + "); ignored, as the Hub does");
      }
    } else if (FrontMatter.hasShortOpener(text)) {
      warnings.add(
          "front matter opens with '--' instead of '---'; the Hub reads no metadata from it");
    }
    if (parts.yaml().isPresent() && FrontMatter.containsYamlBlock(parts.body())) {
      warnings.add(
          "a second front-matter block follows the first; only the first counts, as on the Hub");
    }

    List<String> licenses = Values.strings(metadata.get("license"));
    for (String license : licenses) {
      if (!HubLicenses.isHubId(license)) {
        warnings.add("license '" + license + "' is not a Hub license id; kept as written");
      }
    }
    for (String key : new String[] {"language", "tags", "datasets", "metrics", "base_model"}) {
      Object value = metadata.get(key);
      if (value instanceof Map) {
        warnings.add(key + " is a mapping, expected a string or a list; ignored");
      }
    }
    List<EvalResult> evalResults = ModelIndex.flatten(metadata.get("model-index"), warnings);

    return ModelCard.builder()
        .hasMetadata(hasMetadata)
        .metadata(metadata)
        .licenses(licenses)
        .licenseName(Values.string(metadata, "license_name"))
        .licenseLink(Values.string(metadata, "license_link"))
        .languages(Values.strings(metadata.get("language")))
        .tags(Values.strings(metadata.get("tags")))
        .datasets(Values.strings(metadata.get("datasets")))
        .metrics(Values.strings(metadata.get("metrics")))
        .baseModels(Values.strings(metadata.get("base_model")))
        .libraryName(Values.string(metadata, "library_name"))
        .pipelineTag(Values.string(metadata, "pipeline_tag"))
        .evalResults(evalResults)
        .body(parts.body())
        .sections(outline(parts.body()))
        .warnings(warnings)
        .build();
  }

  /** Returns the evaluation results of card metadata already parsed (for example the Hub's {@code cardData}). */
  static List<EvalResult> evalResults(Map<String, Object> cardData, List<String> warnings) {
    return ModelIndex.flatten(cardData.get("model-index"), warnings);
  }

  private static Object load(String yaml, List<String> warnings) {
    if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
      throw new ModelCardException(
          ModelCardException.Reason.TOO_LARGE,
          "model card front matter has more than " + MAX_CODE_POINTS + " code points; refused",
          null);
    }
    int depth = nestingDepth(yaml);
    if (depth > MAX_DEPTH) {
      throw new ModelCardException(
          ModelCardException.Reason.TOO_DEEP,
          "model card front matter nests " + depth + " levels deep, more than " + MAX_DEPTH
              + "; refused",
          null);
    }
    LoadSettings settings = LoadSettings.builder()
        .setLabel("model card front matter")
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setAllowRecursiveKeys(false)
        .setAllowDuplicateKeys(true) // last one wins, as in the Hub's parser
        .setCodePointLimit(MAX_CODE_POINTS)
        .setUseMarks(true)
        .build();
    try {
      return new Load(settings).loadFromString(yaml);
    } catch (YamlEngineException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aliases")) {
        throw new ModelCardException(
            ModelCardException.Reason.TOO_MANY_ALIASES,
            "model card front matter uses more" + " than " + MAX_ALIASES
                + " aliases to collections (an alias bomb?); refused",
            e);
      }
      if (message.contains("exceeds the limit")) {
        throw new ModelCardException(
            ModelCardException.Reason.TOO_LARGE,
            "model card front matter is too large;" + " refused",
            e);
      }
      warnings.add("front matter is not valid YAML (" + firstLine(message) + "); metadata ignored");
      return null;
    } catch (StackOverflowError e) {
      throw new ModelCardException(
          ModelCardException.Reason.TOO_DEEP,
          "model card front matter nests too deeply;" + " refused",
          null);
    }
  }

  private static String firstLine(String message) {
    String line = message.strip().split("\\R", 2)[0];
    return line.length() > 160 ? line.substring(0, 160) + "..." : line;
  }

  /**
   * Estimates the nesting depth of YAML text without parsing it: indentation levels of block collections, plus
   * {@code - } markers sharing a line, plus open flow brackets outside quotes and comments.
   */
  static int nestingDepth(String yaml) {
    int max = 0;
    int flow = 0;
    Deque<Integer> indents = new ArrayDeque<>();
    for (String line : yaml.split("\\r\\n|\\r|\\n", -1)) {
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      String rest = line.substring(indent);
      if (flow == 0 && (rest.isEmpty() || rest.startsWith("#"))) {
        continue;
      }
      int dashes = 0;
      int i = 0;
      while (i + 1 < rest.length() && rest.charAt(i) == '-' && rest.charAt(i + 1) == ' ') {
        dashes++;
        i += 2;
        while (i < rest.length() && rest.charAt(i) == ' ') {
          i++;
        }
      }
      if (flow == 0) {
        while (!indents.isEmpty() && indents.peek() > indent) {
          indents.pop();
        }
        if (indents.isEmpty() || indents.peek() < indent) {
          indents.push(indent);
        }
      }
      char quote = 0;
      for (int j = i; j < rest.length(); j++) {
        char c = rest.charAt(j);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '#' && (j == 0 || rest.charAt(j - 1) == ' ')) {
          break;
        } else if (c == '[' || c == '{') {
          flow++;
          max = Math.max(max, indents.size() + dashes + flow);
        } else if (c == ']' || c == '}') {
          flow = Math.max(0, flow - 1);
        }
      }
      max = Math.max(max, indents.size() + dashes + flow);
    }
    return max;
  }

  /** Copies loaded YAML into string-keyed maps and lists, dropping nulls, within {@link #MAX_VALUES}. */
  private static Map<String, Object> toMetadata(Map<?, ?> loaded) {
    int[] budget = {MAX_VALUES};
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) copy(loaded, budget, 0);
    return copy;
  }

  private static Object copy(Object value, int[] budget, int depth) {
    if (--budget[0] < 0) {
      throw new ModelCardException(
          ModelCardException.Reason.TOO_LARGE,
          "model card front matter expands to more" + " than " + MAX_VALUES
              + " values (aliases repeating collections?); refused",
          null);
    }
    if (depth > MAX_DEPTH) {
      throw new ModelCardException(
          ModelCardException.Reason.TOO_DEEP,
          "model card front matter nests more than " + MAX_DEPTH + " levels deep; refused",
          null);
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        Object v = copy(e.getValue(), budget, depth + 1);
        if (e.getKey() != null && v != null) {
          out.put(String.valueOf(e.getKey()), v);
        }
      }
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        Object v = copy(item, budget, depth + 1);
        if (v != null) {
          out.add(v);
        }
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof java.util.Set) {
      return copy(new ArrayList<>((java.util.Set<?>) value), budget, depth);
    }
    if (value instanceof byte[]) {
      return null; // !!binary is not card metadata
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof java.math.BigInteger) {
      return value.toString();
    }
    return value;
  }

  /** Returns the ATX and setext headings outside fenced code blocks. */
  static List<CardSection> outline(String body) {
    List<CardSection> sections = new ArrayList<>();
    String[] lines = body.split("\\r\\n|\\r|\\n", -1);
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        String marker = f.group(1);
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0)
            && marker.length() >= fence.length()
            && line.strip().equals(marker)) {
          fence = null;
        }
        continue;
      }
      if (fence != null) {
        continue;
      }
      Matcher atx = ATX.matcher(line);
      if (atx.matches()) {
        String title = atx.group(2) == null ? "" : atx.group(2).strip();
        if (!title.isEmpty()) {
          sections.add(CardSection.builder()
              .level(atx.group(1).length())
              .title(title)
              .line(i + 1)
              .build());
        }
        continue;
      }
      if (i > 0
          && SETEXT.matcher(line).matches()
          && !lines[i - 1].isBlank()
          && !ATX.matcher(lines[i - 1]).matches()
          && !lines[i - 1].startsWith("    ")
          && !SETEXT.matcher(lines[i - 1]).matches()
          && !lines[i - 1].strip().startsWith("|")
          && !lines[i - 1].strip().startsWith("-")) {
        int level = line.strip().charAt(0) == '=' ? 1 : 2;
        sections.add(CardSection.builder()
            .level(level)
            .title(lines[i - 1].strip())
            .line(i)
            .build());
      }
    }
    return sections;
  }
}
