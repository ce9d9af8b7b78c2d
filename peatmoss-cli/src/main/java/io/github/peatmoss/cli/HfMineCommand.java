package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.Miner;
import io.github.peatmoss.dataset.MiningSummary;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.HfSort;
import io.github.peatmoss.hf.ListModelsOptions;
import io.github.peatmoss.hf.ModelCard;
import io.github.peatmoss.hf.ModelCardException;
import io.github.peatmoss.hf.ModelCards;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss hf mine}: the Hub's model listing into a PeaTMOSS database through {@link Miner}, each page
 * and its checkpoint one transaction; rerunning the same command resumes after the last committed page.
 */
@Command(
    name = "mine",
    mixinStandardHelpOptions = true,
    description =
        "Mine Hub models into a PeaTMOSS database (resumable: rerun the same command to continue).")
final class HfMineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Mixin
  HfConcurrencyOption concurrency;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      required = true,
      description = "Database to create or update.")
  Path db;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Stop after N models (0: all).")
  long limit;

  @Option(
      names = "--page-size",
      paramLabel = "N",
      defaultValue = "100",
      description = "Models per listing request (default ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(
      names = "--cards",
      description = "Also fetch and parse each model's README (one request per model).")
  boolean cards;

  @Option(
      names = "--restart",
      description = "Ignore the stored checkpoint and start from the first page.")
  boolean restart;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Only this user's or organisation's models.")
  String author;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description = "Only models whose id contains TEXT.")
  String search;

  @Option(names = "--filter", paramLabel = "TAG", description = "Tag filter, repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "DOWNLOADS",
      description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  HfSort sort;

  /** The summary line of {@code --json}. */
  record Summary(
      String db,
      long models,
      long pages,
      boolean complete,
      long cardsFetched,
      long cardsMissing,
      long cardsRefused,
      double seconds) {}

  private long cardsFetched;
  private long cardsMissing;
  private long cardsRefused;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new UsageException("--limit must be >= 0: " + limit);
    }
    if (pageSize < 1 || pageSize > 1000) {
      throw new UsageException("--page-size must be between 1 and 1000: " + pageSize);
    }
    ListModelsOptions.Builder options =
        ListModelsOptions.peatmoss().toBuilder().sort(sort).limit(pageSize).addAllFilters(filters);
    Optional.ofNullable(author).ifPresent(options::author);
    Optional.ofNullable(search).ifPresent(options::addSearches);
    ListModelsOptions query = options.build();
    PrintWriter err = spec.commandLine().getErr();
    MiningProgressPrinter progress =
        new MiningProgressPrinter(err, MiningProgressPrinter.isTerminal(), this::extra);
    MiningSummary summary = NothingMined.run(db, progress, () -> {
      try (HfClient hf = client.client(concurrency.value());
          PeatmossWriter writer = PeatmossWriter.open(db)) {
        return Miner.<HfModelInfo>builder(
                "huggingface " + hf.endpoint() + " " + query,
                hf.listModels(query),
                (batch, items) -> writePage(hf, batch, items))
            .limit(limit)
            .restart(restart)
            .listener(progress)
            .build()
            .mine(writer);
      }
    });
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Output.jsonLine(
          out,
          new Summary(
              db.toString(),
              summary.items(),
              summary.pages(),
              summary.complete(),
              cardsFetched,
              cardsMissing,
              cardsRefused,
              Math.round(progress.elapsedSeconds() * 10) / 10.0));
    } else {
      out.println("mined " + summary.items() + " models into " + db
          + (summary.complete() ? " (listing complete)" : "; rerun the same command to continue"));
    }
    return Main.OK;
  }

  /** Upserts a page's models and, with {@code --cards}, what their cards say. */
  private void writePage(HfClient hf, PeatmossWriter.Batch batch, List<HfModelInfo> items) {
    List<Optional<ModelCard>> parsed = cards ? parseCards(hf, items) : List.of();
    for (int i = 0; i < items.size(); i++) {
      batch.upsertModel(items.get(i).toModel());
      items
          .get(i)
          .toExtractedMetadata(parsed.isEmpty() ? Optional.empty() : parsed.get(i))
          .ifPresent(batch::upsertExtractedMetadata);
    }
  }

  private String extra() {
    return cards
        ? String.format(
            "%,d cards (%,d missing, %,d refused)", cardsFetched, cardsMissing, cardsRefused)
        : "";
  }

  /** Fetches the page's cards (concurrently, before the page's rows); a card the parser refuses counts apart. */
  private List<Optional<ModelCard>> parseCards(HfClient hf, List<HfModelInfo> items) {
    List<ModelId> ids = items.stream().map(HfModelInfo::id).toList();
    List<Optional<ModelCard>> parsed = new ArrayList<>();
    for (Optional<String> text : hf.findModelCards(ids)) {
      if (text.isEmpty()) {
        cardsMissing++;
        parsed.add(Optional.empty());
        continue;
      }
      cardsFetched++;
      try {
        parsed.add(Optional.of(ModelCards.parse(text.get())));
      } catch (ModelCardException e) {
        cardsRefused++;
        parsed.add(Optional.empty());
      }
    }
    return parsed;
  }
}
