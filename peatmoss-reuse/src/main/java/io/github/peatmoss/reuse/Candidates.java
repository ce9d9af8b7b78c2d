package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether a constant string names a hub model, and which; stateless. */
final class Candidates {
  private static final Set<String> FILE_EXTENSIONS = Set.of(
      ".bin",
      ".pt",
      ".pth",
      ".ckpt",
      ".safetensors",
      ".onnx",
      ".h5",
      ".hdf5",
      ".pkl",
      ".pickle",
      ".json",
      ".yaml",
      ".yml",
      ".zip",
      ".tar",
      ".gz",
      ".tgz",
      ".npz",
      ".npy",
      ".model",
      ".msgpack",
      ".gguf",
      ".ggml",
      ".tflite",
      ".pb",
      ".txt",
      ".cfg",
      ".joblib");
  /** First path segments that are local directories in practice, never hub namespaces worth trusting unverified. */
  private static final Set<String> LOCAL_DIRECTORIES = Set.of(
      "checkpoint",
      "checkpoints",
      "ckpt",
      "ckpts",
      "output",
      "outputs",
      "out",
      "saved_model",
      "saved_models",
      "save",
      "saves",
      "runs",
      "results",
      "logs",
      "tmp",
      "temp",
      "data",
      "weights",
      "exp",
      "exps",
      "experiments",
      "local",
      "cache",
      "artifacts",
      "pretrained",
      "pretrained_models",
      "my_model",
      "model_dir",
      "models_dir",
      "resources",
      "assets",
      "workspace",
      "home",
      "mnt");

  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
  private static final Pattern HF_URL = Pattern.compile(
      "^https?://(?:www\\.)?(?:huggingface\\.co|hf\\.co)/([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)?)/?(?:$|tree/|blob/|resolve/)");
  private static final Pattern SPACY_PACKAGE = Pattern.compile(
      "^[a-z]{2,3}_(?:core|dep|ent|sent|trf|news|spancat)"
          + "[a-z0-9_]*_(?:sm|md|lg|trf|xl)$|^xx_(?:ent|sent)_[a-z0-9_]+$|^[a-z]{2,3}_core_[a-z]+_[a-z]+$");
  private static final Pattern STANZA_LANGUAGE = Pattern.compile("^[a-z]{2,3}(?:-[a-z]{2,4})?$");

  private Candidates() {}

  /** What a constant turned out to be: an id candidate, or a rejection. */
  record Verdict(ModelId id, RejectReason reason, String detail) {
    static Verdict id(ModelId id) {
      return new Verdict(id, null, "");
    }

    static Verdict reject(RejectReason reason, String detail) {
      return new Verdict(null, reason, detail);
    }

    boolean isId() {
      return id != null;
    }
  }

  /** Reads {@code value} as a Hugging Face repository id (namespace/name or legacy name). */
  static Verdict huggingFace(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Verdict.reject(RejectReason.NOT_A_MODEL_ID, "an empty string");
    }
    java.util.regex.Matcher url = HF_URL.matcher(v);
    if (url.find()) {
      v = url.group(1);
    } else if (v.startsWith("hf://")) {
      v = v.substring("hf://".length());
    } else if (URL.matcher(v).matches()) {
      return Verdict.reject(RejectReason.URL, "a URL, not a Hugging Face model page");
    }
    if (isLocalPath(v)) {
      return Verdict.reject(RejectReason.LOCAL_PATH, "a local file or directory");
    }
    if (v.indexOf('{') >= 0 || v.contains("%s") || v.contains("%(")) {
      return Verdict.reject(RejectReason.DYNAMIC_STRING, "a template, filled in at run time");
    }
    ModelId id;
    try {
      id = ModelId.of(v);
    } catch (IllegalArgumentException e) {
      return Verdict.reject(RejectReason.NOT_A_MODEL_ID, e.getMessage());
    }
    if (id.form() == ModelId.Form.PYTORCH_HUB) {
      return Verdict.reject(RejectReason.LOCAL_PATH, "two '/': a path, not a Hugging Face id");
    }
    String first =
        id.form() == ModelId.Form.LEGACY ? id.value() : id.namespace().orElse("");
    if (LOCAL_DIRECTORIES.contains(first.toLowerCase(Locale.ROOT))) {
      return Verdict.reject(RejectReason.LOCAL_PATH, "'" + first + "' is a local directory name");
    }
    return Verdict.id(id);
  }

  /** Returns whether {@code v} is written as a local path. */
  static boolean isLocalPath(String v) {
    if (v.startsWith(".")
        || v.startsWith("/")
        || v.startsWith("~")
        || v.startsWith("\\")
        || v.contains("\\")
        || v.startsWith("$")
        || (v.length() > 2
            && Character.isLetter(v.charAt(0))
            && v.charAt(1) == ':'
            && v.charAt(2) == '/')) { // "C:\\" is caught by the backslash above
      return true;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot > lower.lastIndexOf('/') // an extension in the last segment
        && FILE_EXTENSIONS.contains(lower.substring(dot));
  }

  /** Reads a name that needs an {@code hf-hub:} prefix to name a hub model (timm, open_clip). */
  static Verdict prefixed(String value, String library) {
    String v = value.strip();
    for (String prefix : new String[] {"hf-hub:", "hf_hub:"}) {
      if (v.startsWith(prefix)) {
        return huggingFace(v.substring(prefix.length()));
      }
    }
    if (v.startsWith("local-dir:") || isLocalPath(v)) {
      return Verdict.reject(RejectReason.LOCAL_PATH, "a local file or directory");
    }
    return Verdict.reject(
        RejectReason.NOT_A_MODEL_ID,
        "a " + library + " architecture name; only 'hf-hub:<id>' names a hub model");
  }

  /** Reads a spaCy pipeline package name ({@code en_core_web_sm}) as its Hub id {@code spacy/en_core_web_sm}. */
  static Verdict spacy(String value) {
    String v = value.strip();
    if (SPACY_PACKAGE.matcher(v).matches()) {
      return Verdict.id(ModelId.of("spacy/" + v));
    }
    if (isLocalPath(v) || v.contains("/")) {
      return Verdict.reject(RejectReason.LOCAL_PATH, "a local pipeline directory");
    }
    return Verdict.reject(RejectReason.NOT_A_MODEL_ID, "not a spaCy pipeline package name");
  }

  /** Reads a Stanza language code as its Hub id {@code stanfordnlp/stanza-<lang>}. */
  static Verdict stanza(String value) {
    String v = value.strip();
    if (STANZA_LANGUAGE.matcher(v).matches()) {
      return Verdict.id(ModelId.of("stanfordnlp/stanza-" + v));
    }
    return Verdict.reject(RejectReason.NOT_A_MODEL_ID, "not a Stanza language code");
  }

  /** Reads a flair model name: a namespaced Hub id; flair's short names ({@code ner}) are not hub ids. */
  static Verdict flair(String value) {
    Verdict v = huggingFace(value);
    if (v.isId() && v.id().form() == ModelId.Form.LEGACY) {
      return Verdict.reject(
          RejectReason.NOT_A_MODEL_ID, "a flair short model name, resolved by flair itself");
    }
    return v;
  }

  /** Reads an AllenNLP archive: {@code hf://org/name} names a hub model; URLs and paths do not. */
  static Verdict allennlp(String value) {
    String v = value.strip();
    if (v.startsWith("hf://") || HF_URL.matcher(v).find()) {
      return huggingFace(v);
    }
    if (URL.matcher(v).matches()) {
      return Verdict.reject(RejectReason.URL, "an archive URL, not a hub model");
    }
    return Verdict.reject(RejectReason.LOCAL_PATH, "a local archive");
  }
}
