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

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N models.")
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
    if (top != null) {
      query
          .order(ModelQuery.Order.DOWNLOADS_DESC)
          .limit(limit == null ? top : Math.min(top, limit));
    } else if (limit != null) {
      query.limit(limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    return database.use(spec.commandLine().getErr(), dataset -> {
      try (Stream<Model> models = dataset.streamModels(query.build())) {
        models.forEach(model -> {
          if (json.json) {
            Output.jsonLine(out, summary(model));
          } else {
            out.printf(
                "%-60s %-11s %12s %7s  %s%n",
                model.id(),
                model.hub().name(),
                model.downloads().isPresent()
                    ? String.format("%,d", model.downloads().getAsLong())
                    : "-",
                model.likes().isPresent() ? Long.toString(model.likes().getAsLong()) : "-",
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
