package io.github.peatmoss.llm.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PeaTMOSS's pre-processing of hub tags: tasks (the 36 Hub pipeline tags of 2023) mapped to its six domains,
 * frameworks as tags in {pytorch, tf, jax}, libraries as tags in a fixed list of library names.
 */
public final class HubTags {
  /** The six PeaTMOSS domains. */
  public static final List<String> DOMAINS = List.of(
      "multimodal",
      "computer-vision",
      "natural-language-processing",
      "audio",
      "tabular",
      "reinforcement-learning");

  private static final Map<String, String> TASK_TO_DOMAIN = new LinkedHashMap<>();

  static {
    put(
        "multimodal",
        "feature-extraction",
        "text-to-image",
        "image-to-text",
        "text-to-video",
        "visual-question-answering",
        "document-question-answering",
        "graph-ml");
    put(
        "computer-vision",
        "depth-estimation",
        "image-classification",
        "object-detection",
        "image-segmentation",
        "image-to-image",
        "unconditional-image-generation",
        "video-classification",
        "zero-shot-image-classification");
    put(
        "natural-language-processing",
        "text-classification",
        "token-classification",
        "table-question-answering",
        "question-answering",
        "zero-shot-classification",
        "translation",
        "summarization",
        "conversational",
        "text-generation",
        "text2text-generation",
        "fill-mask",
        "sentence-similarity");
    put(
        "audio",
        "text-to-speech",
        "automatic-speech-recognition",
        "audio-to-audio",
        "audio-classification",
        "voice-activity-detection");
    put("tabular", "tabular-classification", "tabular-regression");
    put("reinforcement-learning", "reinforcement-learning", "robotics");
  }

  /** Frameworks as PeaTMOSS read them from tags. */
  public static final Set<String> FRAMEWORKS = Set.of("pytorch", "tf", "jax");

  /** Library tags PeaTMOSS recognised (its fixed list, less the three frameworks). */
  public static final Set<String> LIBRARIES = Set.of(
      "transformers",
      "diffusers",
      "peft",
      "sentence-transformers",
      "timm",
      "keras",
      "tf-keras",
      "onnx",
      "safetensors",
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
      "setfit",
      "span-marker",
      "stanza",
      "pyannote-audio",
      "transformers.js",
      "tflite",
      "bertopic",
      "sample-factory",
      "fairseq",
      "tensorflowtts",
      "paddlenlp",
      "coreml",
      "rust",
      "gguf");

  private HubTags() {}

  private static void put(String domain, String... tasks) {
    for (String task : tasks) {
      TASK_TO_DOMAIN.put(task, domain);
    }
  }

  /** Returns the domain of a task tag, when it is one of the 36. */
  public static Optional<String> domainOf(String task) {
    return Optional.ofNullable(TASK_TO_DOMAIN.get(task));
  }

  /** Returns whether {@code tag} is one of the 36 tasks. */
  public static boolean isTask(String tag) {
    return TASK_TO_DOMAIN.containsKey(tag);
  }

  /** Returns the 36 tasks. */
  public static Set<String> tasks() {
    return TASK_TO_DOMAIN.keySet();
  }
}
