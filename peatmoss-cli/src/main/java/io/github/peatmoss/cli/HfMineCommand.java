package io.github.peatmoss.cli;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.hf.EvalResult;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss hf mine}: crawls the Hub's model listing into a PeaTMOSS database, page by page. Each page is
 * one database transaction, after which the next page's URL is saved as the checkpoint; rerunning the same
 * command resumes there, so a crawl of any size survives restarts without fetching a listing page twice.
 */
@Command(name = "mine", mixinStandardHelpOptions = true,
    description = "Mine Hub models into a PeaTMOSS database (resumable: rerun the same command to continue).")
final class HfMineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Option(names = "--db", paramLabel = "FILE", required = true, description = "Database to create or update.")
  Path db;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Stop after N models (0: all).")
  long limit;

  @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
      description = "Models per listing request (default ${DEFAULT-VALUE}).")
  int pageSize;

  @Option(names = "--cards", description = "Also fetch and parse each model's README (one request per model).")
  boolean cards;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint file (default: <db>.hf-checkpoint).")
  Path checkpointFile;

  @Option(names = "--restart", description = "Ignore an existing checkpoint and start from the first page.")
  boolean restart;

  @Option(names = "--author", paramLabel = "NAME", description = "Only this user's or organisation's models.")
  String author;

  @Option(names = "--search", paramLabel = "TEXT", description = "Only models whose id contains TEXT.")
  String search;

  @Option(names = "--filter", paramLabel = "TAG", description = "Tag filter, repeatable.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "DOWNLOADS",
      description = "One of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  HfSort sort;

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
    HfClient hf = client.client();
    ListModelsOptions.Builder options = ListModelsOptions.peatmoss().toBuilder().sort(sort).limit(pageSize)
        .addAllFilters(filters);
    if (author != null) {
      options.author(author);
    }
    if (search != null) {
      options.addSearches(search);
    }
    ListModelsOptions query = options.build();
    Path checkpointPath = checkpointFile != null ? checkpointFile
        : db.resolveSibling(db.getFileName() + ".hf-checkpoint");
    MiningCheckpoint checkpoint = new MiningCheckpoint(checkpointPath, "HuggingFace",
        hf.endpoint() + " " + query);
    Optional<String> resume = restart ? Optional.empty() : checkpoint.load();
    PrintWriter err = spec.commandLine().getErr();
    resume.ifPresent(t -> err.println("resuming from checkpoint " + checkpointPath));

    PagedIterable<HfModelInfo> listing = hf.listModels(query);
    Iterable<Page<HfModelInfo>> pages = resume.map(listing::byPage).orElseGet(listing::byPage);
    MiningProgress progress = new MiningProgress(err, MiningProgress.isTerminal());
    long mined = 0;
    long pageCount = 0;
    boolean complete = false;
    String current = resume.orElse("");
    try (PeatmossWriter writer = PeatmossWriter.open(db)) {
      Iterator<Page<HfModelInfo>> iterator = pages.iterator();
      while (true) {
        Page<HfModelInfo> page;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          page = iterator.next();
        } catch (RateLimitException e) {
          throw new IllegalStateException("rate limited" + e.resetAt().map(r -> " until " + r).orElse("") + " after "
              + mined + " models; the checkpoint " + checkpointPath + " is saved: rerun the same command after the"
              + " reset, set HF_TOKEN for a higher limit, or raise --max-wait", e);
        } catch (PeatmossException e) {
          throw new IllegalStateException(e.getMessage() + " (after " + mined + " models; rerun the same command to"
              + " resume from the checkpoint " + checkpointPath + ")", e);
        }
        List<HfModelInfo> items = page.items();
        boolean truncated = limit > 0 && mined + items.size() > limit;
        if (truncated) {
          items = items.subList(0, (int) (limit - mined));
        }
        List<Optional<ModelCard>> parsedCards = cards ? fetchCards(hf, items) : List.of();
        List<HfModelInfo> batchItems = items;
        writer.write(batch -> {
          for (int i = 0; i < batchItems.size(); i++) {
            HfModelInfo info = batchItems.get(i);
            batch.upsertModel(info.toModel());
            Optional<ModelCard> card = parsedCards.isEmpty() ? Optional.empty() : parsedCards.get(i);
            extracted(info, card).ifPresent(batch::upsertExtractedMetadata);
          }
        });
        mined += items.size();
        pageCount++;
        if (truncated) {
          // Part of this page is not written: resume by fetching it again (upserts make that harmless).
          checkpoint.save(current, mined);
          progress.page(mined, pageCount, extra());
          break;
        }
        Optional<String> next = page.continuationToken();
        if (next.isPresent()) {
          checkpoint.save(next.get(), mined);
          current = next.get();
        } else {
          checkpoint.clear();
          complete = true;
        }
        progress.page(mined, pageCount, extra());
        if (limit > 0 && mined >= limit) {
          break;
        }
      }
    } finally {
      progress.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("db", db.toString());
      summary.put("models", mined);
      summary.put("pages", pageCount);
      summary.put("complete", complete);
      summary.put("checkpoint", complete ? null : checkpointPath.toString());
      summary.put("cardsFetched", cardsFetched);
      summary.put("cardsMissing", cardsMissing);
      summary.put("cardsRefused", cardsRefused);
      summary.put("seconds", Math.round(progress.elapsedSeconds() * 10) / 10.0);
      Output.jsonLine(out, summary);
    } else {
      out.println("mined " + mined + " models into " + db + (complete ? " (listing complete)"
          : "; rerun the same command to continue from " + checkpointPath));
    }
    out.flush();
    return Main.OK;
  }

  private String extra() {
    return cards ? String.format("%,d cards (%,d missing, %,d refused)", cardsFetched, cardsMissing, cardsRefused)
        : "";
  }

  private List<Optional<ModelCard>> fetchCards(HfClient hf, List<HfModelInfo> items) {
    List<ModelId> ids = items.stream().map(HfModelInfo::id).collect(Collectors.toList());
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

  /** Returns what the card metadata adds to the model row: evaluation results, base models, parameter count. */
  static Optional<ExtractedMetadata> extracted(HfModelInfo info, Optional<ModelCard> card) {
    List<EvalResult> results = card.map(ModelCard::evalResults).orElse(info.evalResults());
    List<String> baseModels = card.map(ModelCard::baseModels).orElseGet(() -> baseModels(info));
    if (results.isEmpty() && baseModels.isEmpty() && info.parameterCount().isEmpty()) {
      return Optional.empty();
    }
    ExtractedMetadata.Builder metadata = ExtractedMetadata.builder().model(info.id());
    for (EvalResult result : results) {
      metadata.addEvaluationMetric(Extracted.of(result.toEvaluationMetric(), Provenance.CARD_YAML));
    }
    for (String base : baseModels) {
      BaseModel.Builder b = BaseModel.builder().name(base);
      try {
        b.id(ModelId.of(base)).url("https://huggingface.co/" + base);
      } catch (IllegalArgumentException e) {
        // not a Hub id (a URL or free text): keep the name only
      }
      metadata.addBaseModel(Extracted.of(b.build(), Provenance.CARD_YAML));
    }
    if (info.parameterCount().isPresent()) {
      metadata.parameterCount(Extracted.of(info.parameterCount().getAsLong(), Provenance.HUB_API));
    }
    return Optional.of(metadata.build());
  }

  private static List<String> baseModels(HfModelInfo info) {
    Object base = info.cardData().get("base_model");
    List<String> names = new ArrayList<>();
    if (base instanceof String) {
      names.add((String) base);
    } else if (base instanceof List) {
      for (Object item : (List<?>) base) {
        if (item instanceof String) {
          names.add((String) item);
        }
      }
    }
    return names;
  }
}
