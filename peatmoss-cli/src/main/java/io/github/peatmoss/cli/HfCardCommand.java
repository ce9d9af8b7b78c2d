package io.github.peatmoss.cli;

import io.github.peatmoss.hf.CardSection;
import io.github.peatmoss.hf.EvalResult;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.ModelCard;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss hf card ID}: a model card, parsed (or raw). */
@Command(
    name = "card",
    mixinStandardHelpOptions = true,
    description =
        "Show a model card: metadata, evaluation results, outline, warnings; or the raw Markdown.")
final class HfCardCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Parameters(paramLabel = "ID", description = "Model id.")
  String id;

  @Option(names = "--raw", description = "Print the README.md as published.")
  boolean raw;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (raw) {
      String text;
      try (HfClient hf = client.client()) {
        text = hf.readTextFile(HfModelCommand.parseId(id), "main", "README.md");
      }
      if (json.json) {
        Output.jsonLine(out, new RawCard(id, text));
      } else {
        out.print(text);
      }
      out.flush();
      return Main.OK;
    }
    ModelCard card;
    try (HfClient hf = client.client()) {
      card = hf.getModelCard(HfModelCommand.parseId(id));
    }
    if (json.json) {
      Output.jsonLine(out, card);
      return Main.OK;
    }
    out.println(id + (card.hasMetadata() ? "" : " (no metadata)"));
    out.println("  licenses:  " + card.licenses());
    out.println("  languages: " + card.languages());
    out.println("  datasets:  " + card.datasets());
    out.println("  tags:      " + card.tags());
    card.libraryName().ifPresent(l -> out.println("  library:   " + l));
    card.pipelineTag().ifPresent(p -> out.println("  task:      " + p));
    if (!card.baseModels().isEmpty()) {
      out.println("  base:      " + card.baseModels());
    }
    if (!card.evalResults().isEmpty()) {
      out.println("  evaluation:");
      for (EvalResult r : card.evalResults()) {
        out.println(
            "    " + r.metricName().orElse(r.metricType()) + " = " + r.metricValue() + " on "
                + r.datasetName() + r.datasetSplit().map(s -> " (" + s + ")").orElse(""));
      }
    }
    out.println("  outline:");
    for (CardSection section : card.sections()) {
      out.println("    " + "  ".repeat(section.level() - 1) + section.title());
    }
    for (String warning : card.warnings()) {
      spec.commandLine().getErr().println("warning: " + warning);
    }
    out.flush();
    return Main.OK;
  }

  /** The JSON of {@code --raw}: the model id and the README as published. */
  record RawCard(String id, String card) {}
}
