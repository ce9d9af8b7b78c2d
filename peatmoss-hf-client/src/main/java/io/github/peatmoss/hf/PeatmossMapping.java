package io.github.peatmoss.hf;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Hub models to PeaTMOSS values the way the PeaTMOSS loader did: {@code context_id} is the model id and
 * {@code repo_url} its Hub page; licenses merge the card's {@code license} with {@code license:} tags; datasets
 * merge the card's {@code datasets} with {@code dataset:} tags; papers are arXiv URLs built from {@code arxiv:}
 * tags; architectures come from {@code config.architectures} and the framework from {@code config.model_type};
 * libraries are {@code library_name} plus library tags; tags are the remaining plain tags plus the task.
 */
final class PeatmossMapping {
  /** Library tags the Hub adds (from its model-libraries list); PeaTMOSS moved them from tags to libraries. */
  static final Set<String> LIBRARY_TAGS = Set.of(
      "transformers",
      "pytorch",
      "tf",
      "jax",
      "flax",
      "safetensors",
      "diffusers",
      "sentence-transformers",
      "timm",
      "keras",
      "tf-keras",
      "onnx",
      "coreml",
      "rust",
      "gguf",
      "peft",
      "adapter-transformers",
      "espnet",
      "speechbrain",
      "fastai",
      "flair",
      "stable-baselines3",
      "ml-agents",
      "spacy",
      "asteroid",
      "allennlp",
      "fasttext",
      "nemo",
      "open_clip",
      "paddlepaddle",
      "sklearn",
      "scikit-learn",
      "joblib",
      "mlx",
      "openvino",
      "tensorboard",
      "setfit",
      "span-marker",
      "stanza",
      "pyannote-audio",
      "transformers.js",
      "tflite",
      "bertopic",
      "unity-sentis",
      "sample-factory",
      "pythae",
      "fairseq",
      "tensorflowtts",
      "paddlenlp",
      "mlc-llm",
      "llamafile",
      "gliner",
      "lerobot",
      "ctranslate2");

  private PeatmossMapping() {}

  static Optional<ExtractedMetadata> extracted(HfModelInfo info, Optional<ModelCard> card) {
    List<EvalResult> results = card.map(ModelCard::evalResults).orElse(info.evalResults());
    List<String> baseModels = card.map(ModelCard::baseModels)
        .orElseGet(() -> Values.strings(info.cardData().get("base_model")));
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

  static Model toModel(HfModelInfo info) {
    Model.Builder b = Model.builder()
        .id(info.id())
        .hub(ModelHub.HUGGING_FACE)
        .sha(info.sha())
        .repoUrl("https://huggingface.co/" + info.id().value())
        .downloads(info.downloads())
        .likes(info.likes());
    info.author().or(info.id()::namespace).ifPresent(b::addAuthor);

    Set<String> licenses = new LinkedHashSet<>(Values.strings(info.cardData().get("license")));
    Set<String> datasets = new LinkedHashSet<>(Values.strings(info.cardData().get("datasets")));
    Set<String> papers = new LinkedHashSet<>();
    Set<String> libraries = new LinkedHashSet<>();
    info.libraryName().ifPresent(libraries::add);
    Set<String> languages = new LinkedHashSet<>(Values.strings(info.cardData().get("language")));
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : info.tags()) {
      int colon = tag.indexOf(':');
      if (colon > 0) {
        String kind = tag.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = tag.substring(colon + 1);
        if (value.isEmpty()) {
          continue;
        }
        if (kind.equals("license")) {
          licenses.add(value);
        } else if (kind.equals("dataset")) {
          datasets.add(value);
        } else if (kind.equals("arxiv")) {
          papers.add("https://arxiv.org/abs/" + value);
        }
        continue;
      }
      if (LIBRARY_TAGS.contains(tag)) {
        libraries.add(tag);
      } else if (!languages.contains(tag)) {
        tags.add(tag);
      }
    }
    info.pipelineTag().ifPresent(tags::add);

    b.licenses(licenses).tags(tags).libraries(libraries).architectures(info.architectures());
    info.modelType().ifPresent(b::addFramework);
    datasets.forEach(d -> b.addDataset(Dataset.builder().name(d).build()));
    papers.forEach(p -> b.addPaper(Paper.builder().title(p).build()));
    languages.forEach(l -> b.addLanguage(Language.builder().name(l).build()));
    return b.build();
  }
}
