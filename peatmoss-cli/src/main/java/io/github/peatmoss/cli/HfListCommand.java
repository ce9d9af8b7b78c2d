package io.github.peatmoss.cli;

import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelExpand;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.HfSort;
import io.github.peatmoss.hf.ListModelsOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss hf list}: lists and searches models. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List or search models on the Hub (most downloaded first by default).")
final class HfListCommand implements Callable<Integer> {
  /** One row of the text table: model, downloads, likes, task. */
  private static final String ROW = "%-60s %12s %8s  %s%n";

  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Option(names = "--search", paramLabel = "TEXT", description = "Substring of the model id.")
  List<String> searches = new ArrayList<>();

  @Option(names = "--author", paramLabel = "NAME", description = "User or organisation.")
  String author;

  @Option(
      names = "--filter",
      paramLabel = "TAG",
      description = "Tag filter, repeatable (e.g. license:mit).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--pipeline-tag", paramLabel = "TASK", description = "Task, e.g. fill-mask.")
  String pipelineTag;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "DOWNLOADS",
      description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  HfSort sort;

  @Option(
      names = "--expand",
      paramLabel = "PROPERTY",
      split = ",",
      converter = ExpandConverter.class,
      description =
          "Return only these properties, as the Hub names them (repeatable or comma-separated),"
              + " e.g. downloads,likes,cardData,library_name,model-index.")
  List<HfModelExpand> expands = new ArrayList<>();

  @Option(names = "--full", description = "Ask for most properties, files included.")
  boolean full;

  @Option(names = "--card-data", description = "Add the parsed card metadata.")
  boolean cardData;

  @Option(
      names = "--config",
      description = "Add the trimmed model config (slow on large listings).")
  boolean config;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Models to print (default ${DEFAULT-VALUE}; 0: all).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new UsageException("--limit must be >= 0 (0: all): " + limit);
    }
    ListModelsOptions.Builder options = ListModelsOptions.builder()
        .addAllSearches(searches)
        .addAllFilters(filters)
        .sort(sort)
        .limit(limit == 0 ? 1000 : Math.min(limit, 1000))
        .addAllExpands(expands)
        .full(full)
        .cardData(cardData)
        .config(config);
    if (author != null) {
      options.author(author);
    }
    if (pipelineTag != null) {
      options.pipelineTag(pipelineTag);
    }
    ListModelsOptions query;
    try {
      query = options.build();
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    long count = limit == 0 ? Long.MAX_VALUE : limit;
    if (!json.json) {
      Output.header(out, ROW, "MODEL", "DOWNLOADS", "LIKES", "TASK");
    }
    try (HfClient hf = client.client()) {
      hf.listModels(query).stream().limit(count).forEach(model -> {
        if (json.json) {
          Output.jsonLine(out, summary(model));
        } else {
          out.printf(
              ROW,
              model.id(),
              Output.count(model.downloads()),
              Output.count(model.likes()),
              model.pipelineTag().orElse(""));
        }
      });
    }
    out.flush();
    return Main.OK;
  }

  static Line summary(HfModelInfo model) {
    return new Line(
        model.id().value(),
        model.downloads().isPresent() ? model.downloads().getAsLong() : null,
        model.likes().isPresent() ? model.likes().getAsLong() : null,
        model.tags(),
        model.pipelineTag().orElse(null),
        model.libraryName().orElse(null),
        model.lastModified().map(Object::toString).orElse(null));
  }

  /** One JSON line: the listing's view of a model, keys as {@code hf model --json} names them. */
  record Line(
      String id,
      Long downloads,
      Long likes,
      List<String> tags,
      String pipelineTag,
      String libraryName,
      String lastModified) {}

  /** Reads an expand property by its Hub name ({@code cardData}) or enum name ({@code CARD_DATA}). */
  static final class ExpandConverter implements picocli.CommandLine.ITypeConverter<HfModelExpand> {
    @Override
    public HfModelExpand convert(String value) {
      for (HfModelExpand expand : HfModelExpand.values()) {
        if (expand.wireName().equals(value) || expand.name().equalsIgnoreCase(value)) {
          return expand;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown expand property '" + value + "'; the Hub accepts "
              + java.util.Arrays.stream(HfModelExpand.values())
                  .map(HfModelExpand::wireName)
                  .collect(java.util.stream.Collectors.joining(", ")));
    }
  }
}
