package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.ModelInfoOptions;
import java.io.PrintWriter;
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
      description = "Print the model as PeaTMOSS records it instead of the Hub's view.")
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

  static ModelId parseId(String id) {
    try {
      return ModelId.of(id);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
