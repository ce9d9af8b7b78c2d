package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.ModelInfoOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss hf model ID}: one model's info. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = "Show one model's info from the Hub.")
final class HfModelCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Parameters(paramLabel = "ID", description = "Model id, e.g. google-bert/bert-base-uncased.")
  String id;

  @Option(
      names = "--revision",
      paramLabel = "REV",
      description = "Branch, tag or commit (default: the main branch).")
  String revision;

  @Option(
      names = "--peatmoss",
      description = "Print the model as PeaTMOSS records it (the model row and its linked tables)"
          + " instead of the Hub's view.")
  boolean peatmoss;

  @Override
  public Integer call() {
    ModelId modelId = parseId(id);
    ModelInfoOptions.Builder options = ModelInfoOptions.builder();
    if (revision != null) {
      options.revision(revision);
    }
    HfModelInfo info;
    try (HfClient hf = client.client()) {
      info = hf.getModelInfo(modelId, options.build());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Output.jsonLine(out, peatmoss ? info.toModel() : info);
      return Main.OK;
    }
    if (peatmoss) {
      printRecord(out, info.toModel());
      out.flush();
      return Main.OK;
    }
    out.println(info.id());
    info.sha().ifPresent(s -> out.println("  sha:           " + s));
    info.lastModified().ifPresent(t -> out.println("  last modified: " + t));
    info.downloads().ifPresent(d -> out.println("  downloads:     " + d + " (30 days)"));
    info.likes().ifPresent(l -> out.println("  likes:         " + l));
    info.libraryName().ifPresent(l -> out.println("  library:       " + l));
    info.pipelineTag().ifPresent(p -> out.println("  task:          " + p));
    out.println("  gating:        " + info.gating().name().toLowerCase(java.util.Locale.ROOT));
    if (!info.architectures().isEmpty()) {
      out.println("  architectures: " + String.join(", ", info.architectures()));
    }
    info.parameterCount().ifPresent(p -> out.println("  parameters:    " + p));
    out.println("  licenses:      " + info.toModel().licenses());
    out.println("  tags:          " + String.join(", ", info.tags()));
    out.println("  files:         " + info.siblings().size());
    out.println("  eval results:  " + info.evalResults().size());
    out.flush();
    return Main.OK;
  }

  /**
   * Prints {@code model} as a PeaTMOSS database holds it: the {@code model} row's columns, then each linked
   * table with the names it links, labels aligned; an absent value is {@code -}.
   */
  static void printRecord(PrintWriter out, Model model) {
    out.println(model.id() + " as PeaTMOSS records it");
    out.println("  table model");
    field(out, "context_id", model.id().value());
    field(
        out,
        "model_hub",
        model.hub().name() + model.hub().url().map(u -> " <" + u + ">").orElse(""));
    field(out, "sha", model.sha().orElse("-"));
    field(out, "repo_url", model.repoUrl().orElse("-"));
    field(out, "downloads", model.downloads().isPresent() ? model.downloads().getAsLong() : "-");
    field(out, "likes", model.likes().isPresent() ? model.likes().getAsLong() : "-");
    field(out, "has_snapshot", model.hasSnapshot());
    out.println("  linked through model_to_<table>");
    field(out, "author", names(model.authors()));
    field(out, "license", names(model.licenses()));
    field(out, "tag", names(model.tags()));
    field(
        out,
        "dataset",
        names(model.datasets().stream()
            .map(d -> d.name() + d.url().map(u -> " <" + u + ">").orElse(""))
            .toList()));
    field(
        out,
        "paper",
        names(model.papers().stream()
            .map(p -> p.title()
                + p.url()
                    .filter(u -> !u.equals(p.title()))
                    .map(u -> " <" + u + ">")
                    .orElse(""))
            .toList()));
    field(
        out,
        "language",
        names(model.languages().stream()
            .map(l -> l.name()
                + l.abbreviation()
                    .filter(a -> !a.equals(l.name()))
                    .map(a -> " (" + a + ")")
                    .orElse(""))
            .toList()));
    field(out, "architecture", names(model.architectures()));
    field(out, "framework", names(model.frameworks()));
    field(out, "library", names(model.libraries()));
    field(out, "domain", names(model.domains()));
    field(out, "model_task", names(model.tasks()));
  }

  private static void field(PrintWriter out, String label, Object value) {
    out.printf("    %-14s %s%n", label, value);
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "-" : String.join(", ", names);
  }

  static ModelId parseId(String id) {
    try {
      return ModelId.of(id);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
