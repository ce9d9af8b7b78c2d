package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.dataset.ModelQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss dataset models}: models matching filters, streamed. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List models, optionally filtered; with --json, one JSON object per line.")
final class DatasetModelsCommand implements Callable<Integer> {
  /** One row of the text table: model, hub, downloads, likes, licenses. */
  private static final String ROW = "%-60s %-11s %12s %7s  %s%n";

  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption database;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--hub",
      converter = HubConverter.class,
      description = "Keep models of this hub: HuggingFace or PyTorch (any case).")
  ModelHub hub;

  @Option(
      names = "--license",
      description = "Keep models with this license, as stored (e.g. apache-2.0).")
  String license;

  @Option(names = "--tag", description = "Keep models with this tag.")
  String tag;

  @Option(names = "--library", description = "Keep models with this library.")
  String library;

  @Option(names = "--author", description = "Keep models with this author.")
  String author;

  @Option(
      names = "--min-downloads",
      paramLabel = "N",
      description = "Keep models with at least N downloads.")
  Long minDownloads;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "The N most downloaded models (sorted by downloads).")
  Integer top;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N models (0: all).")
  Integer limit;

  @Override
  public Integer call() {
    if ((top != null && top < 0) || (limit != null && limit < 0)) {
      throw new UsageException("--top and --limit take a number >= 0");
    }
    // Only the lookups printed: four queries per batch of models instead of thirteen.
    ModelQuery.Builder query = ModelQuery.builder()
        .addLookups(LookupKind.LICENSE, LookupKind.TAG, LookupKind.AUTHOR, LookupKind.LIBRARY);
    if (hub != null) {
      query.hub(hub.name());
    }
    if (license != null) {
      query.license(license);
    }
    if (tag != null) {
      query.tag(tag);
    }
    if (library != null) {
      query.library(library);
    }
    if (author != null) {
      query.author(author);
    }
    if (minDownloads != null) {
      query.minDownloads(minDownloads);
    }
    Integer max = limit == null || limit == 0 ? null : limit; // 0: all, as every --limit reads it
    if (top != null) {
      query.order(ModelQuery.Order.DOWNLOADS_DESC).limit(max == null ? top : Math.min(top, max));
    } else if (max != null) {
      query.limit(max);
    }
    PrintWriter out = spec.commandLine().getOut();
    return database.use(spec.commandLine().getErr(), dataset -> {
      if (!json.json) {
        Output.header(out, ROW, "MODEL", "HUB", "DOWNLOADS", "LIKES", "LICENSES");
      }
      try (Stream<Model> models = dataset.streamModels(query.build())) {
        models.forEach(model -> {
          if (json.json) {
            Output.jsonLine(out, summary(model));
          } else {
            out.printf(
                ROW,
                model.id(),
                model.hub().name(),
                Output.count(model.downloads()),
                Output.count(model.likes()),
                model.licenses().isEmpty() ? "(no license)" : String.join(", ", model.licenses()));
          }
        });
      }
      return Main.OK;
    });
  }

  /** The JSON line of one model: id, hub, counts (null when unknown), and its lookups. */
  static Line summary(Model model) {
    return new Line(
        model.id().value(),
        model.hub().name(),
        model.downloads().isPresent() ? model.downloads().getAsLong() : null,
        model.likes().isPresent() ? model.likes().getAsLong() : null,
        model.licenses(),
        model.tags(),
        model.authors(),
        model.libraries(),
        model.hasSnapshot());
  }

  /** One JSON line, written by Jackson straight from the record. */
  record Line(
      String id,
      String hub,
      Long downloads,
      Long likes,
      List<String> licenses,
      List<String> tags,
      List<String> authors,
      List<String> libraries,
      boolean hasSnapshot) {}
}
