package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.llm.CardExtraction;
import io.github.peatmoss.llm.CardExtractor;
import io.github.peatmoss.llm.LlmExtraction;
import io.github.peatmoss.llm.LlmExtractor;
import io.github.peatmoss.llm.PeatmossField;
import io.github.peatmoss.llm.QuotaExceededException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss extract batch --db FILE CARD...}: many cards into the R2 metadata tables through the writer,
 * {@code --concurrency} at once, one result line per card, progress and the cost account on stderr; or the
 * OpenAI Batch API files of the same run ({@code --export-batch}, {@code --import-batch}).
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description =
        "Extract many model cards into the R2 metadata tables of a PeaTMOSS database. CARD is a file or a"
            + " folder searched for *.md (a README.md's id is its folder path owner/name; NAME__OWNER.md style files"
            + " use the name with '__' as '/').")
final class ExtractBatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  ExtractOptions options;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      required = true,
      description = "PeaTMOSS database to write (created with the R2 schema if missing).")
  Path db;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "Cards extracted at once (provider requests in flight; default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--export-batch",
      paramLabel = "FILE",
      description =
          "Write the OpenAI Batch API input (JSONL, custom_id = cache key) of the requests the cache lacks,"
              + " instead of calling the provider.")
  Path exportBatch;

  @Option(
      names = "--import-batch",
      paramLabel = "FILE",
      description =
          "Read OpenAI Batch API output (JSONL) into --cache before the run, so its answers cost nothing.")
  Path importBatch;

  @Parameters(paramLabel = "CARD", arity = "1..*", description = "Card files or folders.")
  List<Path> cards;

  record Input(ModelId model, Path file) {}

  @Override
  public Integer call() throws IOException {
    if (concurrency < 1 || concurrency > 64) {
      throw new UsageException("--concurrency must be between 1 and 64: " + concurrency);
    }
    Optional<LlmExtractor> llm = options.extractor();
    if ((exportBatch != null || importBatch != null) && llm.isEmpty()) {
      throw new UsageException(
          "--export-batch and --import-batch need --provider openai (the Batch API format)");
    }
    if (importBatch != null && options.cache == null) {
      throw new UsageException("--import-batch needs --cache FILE to file the answers in");
    }
    List<Input> inputs = inputs();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (exportBatch != null) {
      return export(llm.get(), inputs, out, err);
    }
    if (importBatch != null) {
      List<LlmExtractor.PlannedRequest> planned = new ArrayList<>();
      for (Input in : inputs) {
        planned.addAll(llm.get().plan(in.model(), ExtractCardCommand.read(in.file()), List.of()));
      }
      try (BufferedReader reader = Files.newBufferedReader(importBatch, StandardCharsets.UTF_8)) {
        LlmExtractor.BatchImport imported = llm.get().importBatch(reader, planned);
        err.println("peatmoss: imported " + imported.stored() + " answer(s) into " + options.cache
            + "; " + imported.failed() + " failed, " + imported.unknown() + " not for these cards");
      }
    }
    return run(llm, inputs, out, err);
  }

  private int export(LlmExtractor llm, List<Input> inputs, PrintWriter out, PrintWriter err)
      throws IOException {
    int total = 0;
    try (Writer writer = Files.newBufferedWriter(exportBatch, StandardCharsets.UTF_8)) {
      for (Input in : inputs) {
        int n = llm.exportBatch(in.model(), ExtractCardCommand.read(in.file()), List.of(), writer);
        total += n;
        if (json.json) {
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("model", in.model().value());
          line.put("requests", n);
          Output.jsonLine(out, line);
        }
      }
    }
    out.flush();
    err.println(
        "peatmoss: wrote " + total + " request(s) for " + inputs.size() + " card(s) to "
            + exportBatch
            + "; upload it with purpose=batch, then rerun with --import-batch OUTPUT.jsonl --cache FILE");
    return Main.OK;
  }

  private int run(
      Optional<LlmExtractor> llm, List<Input> inputs, PrintWriter out, PrintWriter err) {
    CardExtractor deterministic = CardExtractor.create();
    long calls = 0;
    long hits = 0;
    long prompt = 0;
    long input = 0;
    long output = 0;
    int failures = 0;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "peatmoss-extract");
      t.setDaemon(true);
      return t;
    });
    try (PeatmossWriter writer = PeatmossWriter.open(db)) {
      Deque<Future<Object>> window = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < inputs.size(); done++) {
        while (next < inputs.size() && window.size() < concurrency * 2) {
          Input in = inputs.get(next++);
          window.add(pool.submit(() -> extractOne(in, deterministic, llm)));
        }
        Input in = inputs.get(done);
        Object result = await(window.poll());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("model", in.model().value());
        String progress;
        if (result instanceof PeatmossException failure) {
          if (failure instanceof QuotaExceededException
              || failure instanceof AuthenticationException) {
            throw failure;
          }
          failures++;
          line.put("error", failure.getMessage());
          progress = "failed: " + failure.getMessage();
        } else {
          ExtractedMetadata metadata;
          List<String> open;
          if (result instanceof LlmExtraction e) {
            metadata = e.metadata();
            open = ExtractCardCommand.names(ExtractCardCommand.openAfter(metadata, e.asked()));
            calls += e.calls();
            hits += e.cacheHits();
            prompt += e.promptTokens();
            input += e.inputTokens();
            output += e.outputTokens();
            line.put("usage", ExtractCardCommand.usage(e, options));
          } else {
            CardExtraction c = (CardExtraction) result;
            metadata = c.metadata();
            open = ExtractCardCommand.names(c.openFields());
          }
          writer.write(batch -> batch.upsertExtractedMetadata(metadata));
          List<String> filled = new ArrayList<>();
          for (PeatmossField f : PeatmossField.values()) {
            if (f.isFilled(metadata)) {
              filled.add(f.jsonName());
            }
          }
          line.put("filledFields", filled);
          line.put("openFields", open);
          progress = filled.size() + " field(s) filled, " + open.size() + " open";
        }
        if (json.json) {
          Output.jsonLine(out, line);
          out.flush();
        }
        err.println("[" + (done + 1) + "/" + inputs.size() + "] " + in.model() + ": " + progress);
      }
    } finally {
      pool.shutdownNow();
    }
    if (!json.json) {
      out.println("wrote " + (inputs.size() - failures) + " model(s) to " + db
          + (failures == 0 ? "" : "; " + failures + " failed"));
      out.flush();
    }
    if (llm.isPresent()) {
      err.println("peatmoss: " + options.usage(inputs.size(), calls, hits, prompt, input, output));
    }
    return failures == 0 ? Main.OK : Main.FAILURE;
  }

  private static Object extractOne(
      Input in, CardExtractor deterministic, Optional<LlmExtractor> llm) {
    try {
      String markdown = ExtractCardCommand.read(in.file());
      return llm.isPresent()
          ? llm.get().extract(in.model(), markdown, List.of())
          : deterministic.extract(in.model(), markdown);
    } catch (PeatmossException e) {
      return e;
    }
  }

  /**
   * Returns a worker's result. A worker returns SDK failures as values; what it throws (a usage error such as
   * an unreadable card, or an Error) is rethrown as it is; an interrupt stops the run.
   */
  private static Object await(Future<Object> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BatchAbortedException(
          "interrupted while waiting for the extractions; cards written so far are in the database and cached"
              + " answers cost nothing, so run the same command again to finish",
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new BatchAbortedException(
          "an extraction failed unexpectedly (" + cause
              + "); run the same command again, and report it if it" + " repeats",
          cause);
    }
  }

  private List<Input> inputs() throws IOException {
    List<Input> out = new ArrayList<>();
    for (Path card : cards) {
      if (Files.isDirectory(card)) {
        try (Stream<Path> files = Files.walk(card)) {
          for (Path f : files
              .filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
              .sorted()
              .toList()) {
            out.add(new Input(idOf(f), f));
          }
        }
      } else if (Files.isRegularFile(card)) {
        out.add(new Input(idOf(card), card));
      } else {
        throw new UsageException("no such file or folder: " + card);
      }
    }
    return out;
  }

  /** Returns the model id a card's path names. */
  static ModelId idOf(Path file) {
    String name = file.getFileName().toString();
    Path parent = file.toAbsolutePath().getParent();
    if (name.equalsIgnoreCase("README.md") && parent != null) {
      Path owner = parent.getParent();
      if (owner != null && owner.getFileName() != null) {
        Optional<ModelId> both = tryId(owner.getFileName() + "/" + parent.getFileName());
        if (both.isPresent()) {
          return both.get();
        }
      }
      return tryId(String.valueOf(parent.getFileName())).orElse(ModelId.of("card"));
    }
    String stem = name.substring(0, name.length() - 3);
    return tryId(stem.replaceFirst("__", "/"))
        .or(() -> tryId(stem.replaceAll("[^A-Za-z0-9_.-]", "-")))
        .orElse(ModelId.of("card"));
  }

  private static Optional<ModelId> tryId(String s) {
    try {
      return Optional.of(ModelId.of(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
