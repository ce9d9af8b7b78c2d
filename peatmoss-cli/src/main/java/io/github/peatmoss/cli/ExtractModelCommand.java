package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.llm.LlmExtractor;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peatmoss extract model ID}: a Hub model's card and tags, through the same pipeline as {@code card}. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description =
        "Extract the PeaTMOSS fields of a Hugging Face model: its README.md and its hub tags.")
final class ExtractModelCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  ExtractOptions options;

  @Mixin
  HfClientOptions hub;

  @Parameters(
      paramLabel = "ID",
      description = "Model id, for example google-bert/bert-base-uncased.")
  String id;

  @Override
  public Integer call() {
    Optional<LlmExtractor> llm = options.extractor();
    ModelId model = HfModelCommand.parseId(id);
    HfModelInfo info;
    String markdown;
    try (HfClient client = hub.client()) {
      info = client.getModelInfo(model);
      markdown = client.readTextFile(model, "main", "README.md");
    }
    ExtractCardCommand.emit(spec, json.json, options, llm, model, markdown, info.tags());
    return Main.OK;
  }
}
