package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.llm.CardExtraction;
import io.github.peatmoss.llm.CardExtractor;
import io.github.peatmoss.llm.ExtractionJson;
import io.github.peatmoss.llm.LlmExtraction;
import io.github.peatmoss.llm.LlmExtractor;
import io.github.peatmoss.llm.PeatmossField;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss extract card FILE}: the PeaTMOSS fields of one model card. */
@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    description =
        "Extract the PeaTMOSS fields of a model card file (README.md). --provider none (the default) is "
            + "offline: front matter, tags and body patterns only; a provider is asked only the fields left open.")
final class ExtractCardCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  ExtractOptions options;

  @Parameters(
      paramLabel = "FILE",
      description = "The model card (Markdown with optional YAML front matter).")
  Path file;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "Model id to record (default: the card's folders owner/name, else its folder name, else 'card').")
  String id;

  @Override
  public Integer call() {
    Optional<LlmExtractor> llm = options.extractor();
    String markdown = read(file);
    ModelId model = id != null ? HfModelCommand.parseId(id) : defaultId(file);
    emit(spec, json.json, options, llm, model, markdown, List.of());
    return Main.OK;
  }

  /** Extracts one card (deterministic, then the LLM when one is configured) and prints it. */
  static void emit(
      CommandSpec spec,
      boolean json,
      ExtractOptions options,
      Optional<LlmExtractor> llm,
      ModelId model,
      String markdown,
      Collection<String> tags) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CardExtraction base = CardExtractor.create().extract(model, markdown, tags);
    for (String warning : base.warnings()) {
      err.println("warning: " + warning);
    }
    ExtractedMetadata metadata = base.metadata();
    Set<PeatmossField> open = base.openFields();
    Map<String, Object> usage = null;
    if (llm.isPresent()) {
      LlmExtraction result = llm.get().extract(model, markdown, tags);
      metadata = result.metadata();
      open = openAfter(metadata, base.openFields());
      usage = usage(result, options);
      err.println("peatmoss: "
          + options.usage(
              1,
              result.calls(),
              result.cacheHits(),
              result.promptTokens(),
              result.inputTokens(),
              result.outputTokens())
          + (result.dropped().isEmpty() ? "" : "; dropped " + result.dropped()));
    }
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("model", model.value());
      object.put("extracted", ExtractionJson.toMap(metadata));
      object.put("openFields", names(open));
      if (usage != null) {
        object.put("usage", usage);
      }
      Output.jsonLine(out, object);
    } else {
      print(out, metadata, open);
    }
    out.flush();
  }

  static Map<String, Object> usage(LlmExtraction result, ExtractOptions options) {
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("askedFields", names(result.asked()));
    usage.put("calls", result.calls());
    usage.put("cacheHits", result.cacheHits());
    usage.put("repairs", result.repairs());
    usage.put("promptTokens", result.promptTokens());
    usage.put("inputTokens", result.inputTokens());
    usage.put("outputTokens", result.outputTokens());
    usage.put("droppedValues", ExtractOptions.dropped(result));
    usage.put("costUsd", options.cost(result.inputTokens(), result.outputTokens()));
    return usage;
  }

  static Set<PeatmossField> openAfter(ExtractedMetadata m, Set<PeatmossField> before) {
    Set<PeatmossField> open = java.util.EnumSet.noneOf(PeatmossField.class);
    for (PeatmossField f : before) {
      if (!f.isFilled(m)) {
        open.add(f);
      }
    }
    return open;
  }

  static List<String> names(Collection<PeatmossField> fields) {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(f.jsonName()));
    return out;
  }

  static void print(PrintWriter out, ExtractedMetadata m, Set<PeatmossField> open) {
    out.println(m.model());
    Map<String, Object> fields = ExtractionJson.toMap(m);
    for (PeatmossField f : PeatmossField.values()) {
      Object value = fields.get(f.jsonName());
      if (value == null || (value instanceof List && ((List<?>) value).isEmpty())) {
        continue;
      }
      List<?> entries = value instanceof List ? (List<?>) value : List.of(value);
      for (Object entry : entries) {
        Map<?, ?> e = (Map<?, ?>) entry;
        Map<?, ?> evidence = (Map<?, ?>) e.get("evidence");
        out.printf(
            "  %-18s %s  [%s%s]%n",
            f.jsonName() + ":",
            e.get("value"),
            e.get("provenance"),
            evidence == null || evidence.get("quote") == null
                ? ""
                : ": \"" + evidence.get("quote") + "\"");
      }
    }
    out.println("  open (for an LLM):  " + String.join(", ", names(open)));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + file);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Returns the model id the card's path names (see {@link ExtractBatchCommand#idOf}). */
  static ModelId defaultId(Path file) {
    return ExtractBatchCommand.idOf(file);
  }
}
