package io.github.peatmoss.reuse;

import static io.github.peatmoss.reuse.PySignature.FROM_PRETRAINED_KEYWORDS;
import static io.github.peatmoss.reuse.PySignature.exactly;
import static io.github.peatmoss.reuse.PySignature.fromPretrained;
import static io.github.peatmoss.reuse.PySignature.rootAndLast;

import io.github.peatmoss.reuse.PySignature.IdKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The library signatures: PeaTMOSS's list (its "Hugging Face" and "PyTorch" sheets) plus what it missed
 * ({@code snapshot_download}, {@code CrossEncoder}, timm and open_clip {@code hf-hub:}, setfit, optimum, vllm,
 * transformers.js).
 */
final class Signatures {
  /** The Python libraries whose {@code X.from_pretrained(id)} loads a hub model. */
  static final List<String> FROM_PRETRAINED_LIBRARIES = List.of(
      "transformers",
      "diffusers",
      "peft",
      "setfit",
      "optimum",
      "asteroid",
      "espnet2",
      "nemo",
      "paddlenlp",
      "pyannote",
      "tensorflow_tts",
      "span_marker",
      "huggingface_hub",
      "gliner",
      "adapters",
      "fairseq");

  /** Method names distinctive enough that a call on an unrelated object is worth reporting as rejected. */
  static final Set<String> DISTINCTIVE_METHODS = Set.of(
      "from_pretrained",
      "hf_hub_download",
      "snapshot_download",
      "SentenceTransformer",
      "CrossEncoder",
      "from_hparams",
      "load_from_hub",
      "load_from_hf_hub",
      "from_pretrained_keras",
      "from_pretrained_fastai",
      "load_model_ensemble_and_task_from_hf_hub");

  /** Method names searched for in comments and string literals. */
  static final Pattern TEXT_CALL =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(\\s*(?:[A-Za-z_]+\\s*=\\s*)?"
          + "(?:['\"][A-Za-z0-9_-]+['\"]\\s*,\\s*)?['\"]([^'\"\\n\\r]{1,200})['\"]");

  static final Set<String> TEXT_METHODS = Set.of(
      "from_pretrained",
      "pipeline",
      "SentenceTransformer",
      "CrossEncoder",
      "hf_hub_download",
      "snapshot_download",
      "create_model",
      "create_model_and_transforms",
      "from_hparams",
      "load_from_hub",
      "load_from_hf_hub",
      "load");

  private static final Set<String> TORCHVISION_UTILITIES =
      Set.of("get_model", "get_weight", "get_model_weights", "get_model_builder", "list_models");

  static final List<PySignature> PYTHON = python();
  /** The signatures by the library a qualified call name starts with; spaCy packages match any root. */
  private static final java.util.Map<String, List<PySignature>> BY_ROOT = byRoot();

  private static final List<PySignature> ANY_ROOT = PYTHON.stream()
      .filter(p -> p.kind == IdKind.SPACY_PACKAGE)
      .collect(java.util.stream.Collectors.toUnmodifiableList());

  private Signatures() {}

  private static List<PySignature> python() {
    List<PySignature> s = new ArrayList<>();
    s.add(new PySignature(
        "transformers.from_pretrained",
        "transformers",
        fromPretrained("transformers"),
        0,
        FROM_PRETRAINED_KEYWORDS,
        IdKind.HF,
        "AutoModel.from_pretrained(\"google-bert/bert-base-uncased\")",
        "google-bert/bert-base-uncased"));
    s.add(new PySignature(
        "transformers.pipeline",
        "transformers",
        exactly("transformers.pipeline", "transformers.pipelines.pipeline"),
        1,
        List.of("model"),
        IdKind.HF,
        "pipeline(\"fill-mask\", model=\"FacebookAI/roberta-base\")",
        "FacebookAI/roberta-base"));
    for (String lib : FROM_PRETRAINED_LIBRARIES) {
      if (lib.equals("transformers")) {
        continue;
      }
      String[] ex = fromPretrainedExample(lib);
      s.add(new PySignature(
          lib + ".from_pretrained",
          lib,
          fromPretrained(lib),
          0,
          FROM_PRETRAINED_KEYWORDS,
          IdKind.HF,
          ex[0],
          ex[1]));
    }
    s.add(new PySignature(
        "sentence_transformers.SentenceTransformer",
        "sentence_transformers",
        rootAndLast("sentence_transformers", "SentenceTransformer", "SparseEncoder"),
        0,
        List.of("model_name_or_path"),
        IdKind.HF,
        "SentenceTransformer(\"sentence-transformers/all-MiniLM-L6-v2\")",
        "sentence-transformers/all-MiniLM-L6-v2"));
    s.add(new PySignature(
        "sentence_transformers.CrossEncoder",
        "sentence_transformers",
        rootAndLast("sentence_transformers", "CrossEncoder"),
        0,
        List.of("model_name_or_path", "model_name"),
        IdKind.HF,
        "CrossEncoder(\"cross-encoder/ms-marco-MiniLM-L-6-v2\")",
        "cross-encoder/ms-marco-MiniLM-L-6-v2"));
    s.add(new PySignature(
        "timm.create_model",
        "timm",
        exactly(
            "timm.create_model",
            "timm.models.create_model",
            "timm.models.factory.create_model",
            "timm.models._factory.create_model"),
        0,
        List.of("model_name"),
        IdKind.PREFIXED,
        "timm.create_model(\"hf-hub:timm/resnet50.a1_in1k\")",
        "timm/resnet50.a1_in1k"));
    s.add(new PySignature(
        "open_clip.create_model",
        "open_clip",
        rootAndLast(
            "open_clip",
            "create_model",
            "create_model_and_transforms",
            "create_model_from_pretrained",
            "get_tokenizer"),
        0,
        List.of("model_name"),
        IdKind.PREFIXED,
        "open_clip.create_model_and_transforms(\"hf-hub:laion/CLIP-ViT-B-32-laion2B-s34B-b79K\")",
        "laion/CLIP-ViT-B-32-laion2B-s34B-b79K"));
    s.add(new PySignature(
        "huggingface_hub.hf_hub_download",
        "huggingface_hub",
        rootAndLast("huggingface_hub", "hf_hub_download", "hf_hub_url"),
        0,
        List.of("repo_id"),
        IdKind.HF,
        "hf_hub_download(repo_id=\"openai/whisper-tiny\", filename=\"config.json\")",
        "openai/whisper-tiny"));
    s.add(new PySignature(
        "huggingface_hub.snapshot_download",
        "huggingface_hub",
        rootAndLast("huggingface_hub", "snapshot_download"),
        0,
        List.of("repo_id"),
        IdKind.HF,
        "snapshot_download(\"stabilityai/stable-diffusion-2-1\")",
        "stabilityai/stable-diffusion-2-1"));
    s.add(new PySignature(
        "huggingface_hub.from_pretrained_keras",
        "huggingface_hub",
        rootAndLast("huggingface_hub", "from_pretrained_keras", "from_pretrained_fastai"),
        0,
        List.of("repo_id", "pretrained_model_name_or_path"),
        IdKind.HF,
        "from_pretrained_keras(\"keras-io/ocr-for-captcha\")",
        "keras-io/ocr-for-captcha"));
    s.add(new PySignature(
        "spacy.load",
        "spacy",
        exactly("spacy.load"),
        0,
        List.of("name"),
        IdKind.SPACY,
        "spacy.load(\"en_core_web_sm\")",
        "spacy/en_core_web_sm"));
    s.add(new PySignature(
        "spacy.load",
        "spacy",
        q -> q.length == 2 && q[1].equals("load") && Candidates.spacy(q[0]).isId(),
        -1,
        List.of(),
        IdKind.SPACY_PACKAGE,
        "en_core_web_sm.load()",
        "spacy/en_core_web_sm"));
    s.add(new PySignature(
        "speechbrain.from_hparams",
        "speechbrain",
        rootAndLast("speechbrain", "from_hparams", "foreign_class"),
        0,
        List.of("source"),
        IdKind.HF,
        "EncoderClassifier.from_hparams(source=\"speechbrain/spkrec-ecapa-voxceleb\")",
        "speechbrain/spkrec-ecapa-voxceleb"));
    s.add(new PySignature(
        "stanza.Pipeline",
        "stanza",
        rootAndLast("stanza", "Pipeline"),
        0,
        List.of("lang"),
        IdKind.STANZA,
        "stanza.Pipeline(\"en\", processors=\"tokenize,ner\")",
        "stanfordnlp/stanza-en"));
    s.add(new PySignature(
        "stanza.download",
        "stanza",
        exactly("stanza.download", "stanza.resources.common.download"),
        0,
        List.of("lang"),
        IdKind.STANZA,
        "stanza.download(\"fr\")",
        "stanfordnlp/stanza-fr"));
    s.add(new PySignature(
        "flair.load",
        "flair",
        rootAndLast("flair", "load"),
        0,
        List.of("model_path", "model"),
        IdKind.FLAIR,
        "SequenceTagger.load(\"flair/ner-english-large\")",
        "flair/ner-english-large"));
    s.add(new PySignature(
        "fairseq.from_hf_hub",
        "fairseq",
        rootAndLast("fairseq", "load_model_ensemble_and_task_from_hf_hub"),
        0,
        List.of("model_id"),
        IdKind.HF,
        "load_model_ensemble_and_task_from_hf_hub(\"facebook/fastspeech2-en-ljspeech\")",
        "facebook/fastspeech2-en-ljspeech"));
    s.add(new PySignature(
        "torch.hub.load",
        "torch",
        exactly("torch.hub.load"),
        0,
        List.of("repo_or_dir", "github"),
        IdKind.TORCH_HUB,
        "torch.hub.load(\"pytorch/vision:v0.10.0\", \"resnet18\", pretrained=True)",
        "pytorch/vision:v0.10.0/resnet18"));
    s.add(new PySignature(
        "torchvision.models",
        "torchvision",
        Signatures::torchvisionBuilder,
        -1,
        List.of(),
        IdKind.TORCHVISION,
        "torchvision.models.resnet50(weights=ResNet50_Weights.DEFAULT)",
        "pytorch/vision/resnet50"));
    s.add(new PySignature(
        "torchaudio.pipelines",
        "torchaudio",
        q -> q.length >= 4
            && q[0].equals("torchaudio")
            && q[1].equals("pipelines")
            && q[q.length - 1].equals("get_model"),
        -1,
        List.of(),
        IdKind.TORCH_BUNDLE,
        "torchaudio.pipelines.WAV2VEC2_ASR_BASE_960H.get_model()",
        "pytorch/audio/WAV2VEC2_ASR_BASE_960H"));
    s.add(new PySignature(
        "torchtext.models",
        "torchtext",
        q -> q.length >= 4
            && q[0].equals("torchtext")
            && q[1].equals("models")
            && q[q.length - 1].equals("get_model"),
        -1,
        List.of(),
        IdKind.TORCH_BUNDLE,
        "torchtext.models.XLMR_BASE_ENCODER.get_model()",
        "pytorch/text/XLMR_BASE_ENCODER"));
    s.add(new PySignature(
        "allennlp.from_path",
        "allennlp",
        rootAndLast("allennlp", "from_path", "load_archive"),
        0,
        List.of("archive_path", "archive_file"),
        IdKind.ALLENNLP,
        "Predictor.from_path(\"hf://allenai/bidaf-elmo\")",
        "allenai/bidaf-elmo"));
    s.add(new PySignature(
        "bertopic.load",
        "bertopic",
        rootAndLast("bertopic", "load"),
        0,
        List.of("path"),
        IdKind.HF,
        "BERTopic.load(\"MaartenGr/BERTopic_Wikipedia\")",
        "MaartenGr/BERTopic_Wikipedia"));
    s.add(new PySignature(
        "huggingface_sb3.load_from_hub",
        "huggingface_sb3",
        rootAndLast("huggingface_sb3", "load_from_hub"),
        0,
        List.of("repo_id"),
        IdKind.HF,
        "load_from_hub(repo_id=\"sb3/dqn-CartPole-v1\", filename=\"dqn-CartPole-v1.zip\")",
        "sb3/dqn-CartPole-v1"));
    s.add(new PySignature(
        "pythae.load_from_hf_hub",
        "pythae",
        rootAndLast("pythae", "load_from_hf_hub"),
        0,
        List.of("hf_hub_path"),
        IdKind.HF,
        "AutoModel.load_from_hf_hub(\"clementchadebec/reproduced_vae\")",
        "clementchadebec/reproduced_vae"));
    s.add(new PySignature(
        "vllm.LLM",
        "vllm",
        rootAndLast("vllm", "LLM"),
        0,
        List.of("model"),
        IdKind.HF,
        "LLM(model=\"meta-llama/Llama-2-7b-hf\")",
        "meta-llama/Llama-2-7b-hf"));
    return Collections.unmodifiableList(s);
  }

  /** Returns the signatures a call whose qualified name starts with {@code root} may match, in table order. */
  static List<PySignature> candidates(String root) {
    return BY_ROOT.getOrDefault(root, ANY_ROOT);
  }

  private static java.util.Map<String, List<PySignature>> byRoot() {
    java.util.Map<String, List<PySignature>> map = new java.util.HashMap<>();
    for (PySignature p : PYTHON) {
      if (p.kind != IdKind.SPACY_PACKAGE) {
        map.computeIfAbsent(p.library, k -> new ArrayList<>()).add(p);
      }
    }
    List<PySignature> any = PYTHON.stream()
        .filter(p -> p.kind == IdKind.SPACY_PACKAGE)
        .collect(java.util.stream.Collectors.toList());
    map.replaceAll((k, v) -> {
      List<PySignature> all = new ArrayList<>(v);
      all.addAll(any);
      return List.copyOf(all);
    });
    return java.util.Map.copyOf(map);
  }

  private static String[] fromPretrainedExample(String lib) {
    switch (lib) {
      case "diffusers":
        return new String[] {
          "DiffusionPipeline.from_pretrained(\"runwayml/stable-diffusion-v1-5\")",
          "runwayml/stable-diffusion-v1-5"
        };
      case "peft":
        return new String[] {
          "PeftModel.from_pretrained(base, \"ybelkada/opt-350m-lora\")", "ybelkada/opt-350m-lora"
        };
      case "setfit":
        return new String[] {
          "SetFitModel.from_pretrained(\"lewtun/my-awesome-setfit-model\")",
          "lewtun/my-awesome-setfit-model"
        };
      case "optimum":
        return new String[] {
          "ORTModelForSequenceClassification.from_pretrained(\"optimum/distilbert-base-uncased-"
              + "finetuned-sst-2-english\")",
          "optimum/distilbert-base-uncased-finetuned-sst-2-english"
        };
      case "pyannote":
        return new String[] {
          "Pipeline.from_pretrained(\"pyannote/speaker-diarization-3.1\")",
          "pyannote/speaker-diarization-3.1"
        };
      case "nemo":
        return new String[] {
          "ASRModel.from_pretrained(model_name=\"nvidia/stt_en_conformer_ctc_large\")",
          "nvidia/stt_en_conformer_ctc_large"
        };
      default:
        return new String[] {
          "Model.from_pretrained(\"org/" + lib.replace('_', '-') + "-model\")",
          "org/" + lib.replace('_', '-') + "-model"
        };
    }
  }

  /** The subpackages of {@code torchvision.models} whose functions are model builders. */
  private static final Set<String> TORCHVISION_SUBPACKAGES =
      Set.of("detection", "segmentation", "video", "quantization", "optical_flow");

  /**
   * {@code torchvision.models.builder} or {@code torchvision.models.<task>.builder} for a lowercase builder, or
   * {@code get_model}; not helpers in torchvision's own modules ({@code torchvision.models._utils.x},
   * {@code torchvision.models.shufflenetv2.channel_shuffle}).
   */
  private static boolean torchvisionBuilder(String[] q) {
    if (q.length < 3
        || q.length > 4
        || !q[0].equals("torchvision")
        || !q[1].equals("models")
        || (q.length == 4 && !TORCHVISION_SUBPACKAGES.contains(q[2]))) {
      return false;
    }
    String last = q[q.length - 1];
    if (last.equals("get_model")) {
      return true;
    }
    return !last.isEmpty()
        && Character.isLowerCase(last.charAt(0))
        && !TORCHVISION_UTILITIES.contains(last)
        && !last.startsWith("_");
  }

  /** Returns every signature, Python's then JavaScript's, one entry per id. */
  static List<Signature> all() {
    List<Signature> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (PySignature p : PYTHON) {
      if (seen.add(p.id)) {
        out.add(Signature.builder()
            .id(p.id)
            .language(SourceLanguage.PYTHON)
            .example(p.example)
            .exampleModel(p.exampleModel)
            .build());
      }
    }
    out.add(Signature.builder()
        .id(JsAnalyzer.PIPELINE)
        .language(SourceLanguage.JAVASCRIPT)
        .example(
            "await pipeline('sentiment-analysis', 'Xenova/distilbert-base-uncased-finetuned-sst-2-english')")
        .exampleModel("Xenova/distilbert-base-uncased-finetuned-sst-2-english")
        .build());
    out.add(Signature.builder()
        .id(JsAnalyzer.FROM_PRETRAINED)
        .language(SourceLanguage.JAVASCRIPT)
        .example("await AutoModel.from_pretrained('Xenova/bert-base-uncased')")
        .exampleModel("Xenova/bert-base-uncased")
        .build());
    return List.copyOf(out);
  }
}
