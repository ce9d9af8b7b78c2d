package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.llm.CardExtraction;
import io.github.peatmoss.llm.CardExtractor;
import io.github.peatmoss.llm.ExtractionJson;
import io.github.peatmoss.llm.PeatmossField;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss extract card FILE}: the PeaTMOSS fields of one model card. */
@Command(name = "card", mixinStandardHelpOptions = true,
    description = "Extract the PeaTMOSS fields of a model card file (README.md). --provider none (the default) is "
        + "offline: front matter, tags and body patterns only.")
final class ExtractCardCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Parameters(paramLabel = "FILE", description = "The model card (Markdown with optional YAML front matter).")
  Path file;

  @Option(names = "--id", paramLabel = "ID",
      description = "Model id to record (default: the card's folder name, else 'card').")
  String id;

  @Option(names = "--provider", paramLabel = "NAME", defaultValue = "none",
      description = "none (offline, deterministic only; default).")
  String provider;

  @Override
  public Integer call() {
    if (!provider.equalsIgnoreCase("none")) {
      throw new UsageException("--provider " + provider + ": only --provider none is in this build");
    }
    String markdown = read(file);
    ModelId model = id != null ? HfModelCommand.parseId(id) : defaultId(file);
    CardExtraction extraction = CardExtractor.create().extract(model, markdown);
    PrintWriter out = spec.commandLine().getOut();
    for (String warning : extraction.warnings()) {
      spec.commandLine().getErr().println("warning: " + warning);
    }
    if (json.json) {
      Output.jsonLine(out, toJson(extraction));
    } else {
      print(out, extraction);
    }
    out.flush();
    return Main.OK;
  }

  /** Returns the JSON object: {@code model}, {@code extracted} (one key per PeaTMOSS field) and {@code openFields}. */
  static Map<String, Object> toJson(CardExtraction extraction) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("model", extraction.metadata().model().value());
    object.put("extracted", ExtractionJson.toMap(extraction.metadata()));
    List<String> open = new ArrayList<>();
    extraction.openFields().forEach(f -> open.add(f.jsonName()));
    object.put("openFields", open);
    return object;
  }

  static void print(PrintWriter out, CardExtraction extraction) {
    ExtractedMetadata m = extraction.metadata();
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
        out.printf("  %-18s %s  [%s%s]%n", f.jsonName() + ":", e.get("value"), e.get("provenance"),
            evidence == null || evidence.get("quote") == null ? "" : ": \"" + evidence.get("quote") + "\"");
      }
    }
    List<String> open = new ArrayList<>();
    extraction.openFields().forEach(f -> open.add(f.jsonName()));
    out.println("  open (for an LLM):  " + String.join(", ", open));
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

  /** Returns the card's folder name as a model id, when it is one, else {@code card}. */
  static ModelId defaultId(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && parent.getFileName() != null) {
      try {
        return ModelId.of(parent.getFileName().toString());
      } catch (IllegalArgumentException e) {
        // Fall through.
      }
    }
    return ModelId.of("card");
  }

}
