package io.github.peatmoss.pytorchhub;

import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.reuse.python.PythonCalls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses the Markdown pages of the pytorch/hub repository: the YAML header (the first {@code ---} block, read
 * with bounded SnakeYAML Engine settings, not split on {@code ---}) and every {@code torch.hub.load} call in
 * the Python code blocks, commented variants included. Stateless and thread-safe.
 */
public final class PytorchHubPages {
  private static final Pattern HEADER = Pattern.compile(
      "\\A(\\s*---(?:\\r\\n|\\r|\\n))([\\s\\S]*?)((?:\\r\\n|\\r|\\n)---[ \\t]*(?:\\r\\n|\\n|$))");
  private static final Pattern FENCE =
      Pattern.compile("^ {0,3}(`{3,}|~{3,})[ \\t]*([A-Za-z0-9_+-]*)");
  private static final int MAX_HEADER_CODE_POINTS = 64 * 1024;

  private PytorchHubPages() {}

  /** Returns whether a file of the pytorch/hub repository root is a model page (not README, template, ...). */
  public static boolean isModelPage(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md")
        && !lower.equals("readme.md")
        && !lower.equals("contributing.md")
        && !lower.equals("code_of_conduct.md")
        && !lower.equals("pull_request_template.md")
        && !lower.equals("template.md")
        && fileName.indexOf('_') > 0;
  }

  /**
   * Parses one page. Pages whose header has another {@code layout} than {@code hub_detail} come back without
   * load calls and with a warning.
   */
  public static PytorchHubEntry parse(String fileName, String markdown) {
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(markdown, "markdown == null");
    List<String> warnings = new ArrayList<>();
    PytorchHubEntry.Builder entry = PytorchHubEntry.builder().file(fileName);
    String body = markdown;
    Matcher m = HEADER.matcher(markdown);
    Map<?, ?> header = Map.of();
    if (m.find()) {
      body = markdown.substring(m.end());
      header = loadHeader(m.group(2), warnings);
    } else {
      warnings.add("no YAML header; a model page starts with a '---' block");
    }
    Optional<String> layout = scalar(header.get("layout"));
    if (layout.isPresent() && !layout.get().equals("hub_detail")) {
      warnings.add("layout is '" + layout.get() + "', not hub_detail; not a model page");
    }
    entry
        .title(scalar(header.get("title")))
        .summary(scalar(header.get("summary")))
        .author(scalar(header.get("author")))
        .category(scalar(header.get("category")))
        .tags(strings(header.get("tags")))
        .githubLink(scalar(header.get("github-link")))
        .accelerator(scalar(header.get("accelerator")))
        .demoModelLink(scalar(header.get("demo-model-link")));
    scalar(header.get("github-id")).ifPresent(id -> {
      try {
        entry.githubId(RepoRef.parse(id));
      } catch (IllegalArgumentException e) {
        warnings.add("github-id '" + id + "' is not owner/name; ignored");
      }
    });
    Object order = header.get("order");
    if (order instanceof Number) {
      entry.order(OptionalInt.of(((Number) order).intValue()));
    }
    if (layout.isEmpty() || layout.get().equals("hub_detail")) {
      entry.loadCalls(loadCalls(body, warnings));
    }
    return entry.warnings(warnings).build();
  }

  private static Map<?, ?> loadHeader(String yaml, List<String> warnings) {
    LoadSettings settings = LoadSettings.builder()
        .setLabel("PyTorch Hub page header")
        .setMaxAliasesForCollections(10)
        .setAllowRecursiveKeys(false)
        .setAllowDuplicateKeys(true)
        .setCodePointLimit(MAX_HEADER_CODE_POINTS)
        .build();
    try {
      Object loaded = new Load(settings).loadFromString(yaml);
      if (loaded instanceof Map) {
        return (Map<?, ?>) loaded;
      }
      warnings.add("YAML header is not a mapping; ignored");
    } catch (YamlEngineException e) {
      warnings.add("YAML header is not valid YAML ("
          + String.valueOf(e.getMessage()).strip().split("\\R", 2)[0] + "); ignored");
    }
    return Map.of();
  }

  /** Returns the load calls of every Python block; calls in whole-line comments are variants. */
  static List<HubLoadCall> loadCalls(String body, List<String> warnings) {
    List<HubLoadCall> calls = new ArrayList<>();
    for (String block : pythonBlocks(body)) {
      StringBuilder code = new StringBuilder();
      List<String> commentLines = new ArrayList<>();
      for (String line : block.split("\\r\\n|\\r|\\n", -1)) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("#")) {
          commentLines.add(stripped.substring(1));
          code.append('\n');
        } else {
          code.append(line).append('\n');
        }
      }
      for (PythonCalls.Call args : PythonCalls.find(code.toString(), "torch.hub.load")) {
        toCall(args, false, warnings).ifPresent(calls::add);
      }
      for (String comment : commentLines) {
        for (PythonCalls.Call args : PythonCalls.find(comment, "torch.hub.load")) {
          toCall(args, true, warnings).ifPresent(calls::add);
        }
      }
    }
    return calls;
  }

  private static Optional<HubLoadCall> toCall(
      PythonCalls.Call args, boolean commented, List<String> warnings) {
    Map<String, String> keywords = new java.util.LinkedHashMap<>(args.keywords());
    boolean repoByKeyword = keywords.containsKey("repo_or_dir") || keywords.containsKey("github");
    String repoExpr = keywords.containsKey("repo_or_dir")
        ? keywords.remove("repo_or_dir")
        : keywords.containsKey("github")
            ? keywords.remove("github")
            : args.positional().isEmpty() ? null : args.positional().get(0);
    int modelIndex = repoByKeyword ? 0 : 1;
    String modelExpr = keywords.containsKey("model")
        ? keywords.remove("model")
        : args.positional().size() > modelIndex ? args.positional().get(modelIndex) : null;
    Optional<String> source =
        Optional.ofNullable(keywords.get("source")).flatMap(PythonCalls::stringLiteral);
    if (source.isPresent() && !source.get().equals("github")) {
      return Optional.empty(); // source='local' loads from a directory, not from a hub repository
    }
    if (repoExpr == null || modelExpr == null) {
      warnings.add("torch.hub.load call without repository and model arguments; skipped");
      return Optional.empty();
    }
    Optional<String> repo = PythonCalls.stringLiteral(repoExpr);
    Optional<String> model = PythonCalls.stringLiteral(modelExpr);
    if (repo.isEmpty() || model.isEmpty()) {
      warnings.add("torch.hub.load(" + repoExpr.strip() + ", " + modelExpr.strip()
          + ") does not name its repository and model literally; skipped");
      return Optional.empty();
    }
    String repoText = repo.get().strip();
    Optional<String> ref = Optional.empty();
    int colon = repoText.indexOf(':');
    if (colon >= 0) {
      ref = Optional.of(repoText.substring(colon + 1)).filter(r -> !r.isEmpty());
      repoText = repoText.substring(0, colon);
    }
    try {
      HubLoadCall.Builder call = HubLoadCall.builder()
          .repository(RepoRef.parse(repoText))
          .ref(ref)
          .entrypoint(model.get().strip())
          .commented(commented);
      keywords.forEach((k, v) -> call.putKeywordArgument(k, v.replaceAll("\\s+", " ")));
      HubLoadCall built = call.build();
      built.modelId(); // checks the entrypoint is an identifier
      return Optional.of(built);
    } catch (IllegalArgumentException e) {
      warnings.add("torch.hub.load('" + repo.get() + "', '" + model.get()
          + "') is not a GitHub repository and" + " entrypoint (" + e.getMessage() + "); skipped");
      return Optional.empty();
    }
  }

  /** Returns the contents of fenced code blocks tagged {@code python} or {@code py}. */
  static List<String> pythonBlocks(String body) {
    List<String> blocks = new ArrayList<>();
    String[] lines = body.split("\\r\\n|\\r|\\n", -1);
    String fence = null;
    boolean python = false;
    StringBuilder current = null;
    for (String line : lines) {
      Matcher f = FENCE.matcher(line);
      if (fence == null) {
        if (f.find()) {
          fence = f.group(1);
          String info = f.group(2).toLowerCase(Locale.ROOT);
          python = info.equals("python") || info.equals("py") || info.equals("python3");
          current = new StringBuilder();
        }
        continue;
      }
      if (f.find()
          && f.group(1).charAt(0) == fence.charAt(0)
          && f.group(1).length() >= fence.length()
          && line.strip().equals(f.group(1))) {
        if (python) {
          blocks.add(current.toString());
        }
        fence = null;
        continue;
      }
      current.append(line).append('\n');
    }
    return blocks;
  }

  private static Optional<String> scalar(Object value) {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      String text = value.toString().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    return Optional.empty();
  }

  private static List<String> strings(Object value) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    if (value instanceof Collection) {
      for (Object item : (Collection<?>) value) {
        scalar(item).ifPresent(out::add);
      }
    } else if (value instanceof String) {
      for (String part : ((String) value).split(",")) {
        scalar(part).ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }
}
