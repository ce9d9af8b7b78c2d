package io.github.peatmoss.reuse;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** How one Python library signature is matched and where its model argument sits. */
final class PySignature {
  /** How the model argument becomes a model id. */
  enum IdKind {
    HF,
    PREFIXED,
    SPACY,
    SPACY_PACKAGE,
    STANZA,
    FLAIR,
    ALLENNLP,
    TORCH_HUB,
    TORCHVISION,
    TORCH_BUNDLE
  }

  static final List<String> FROM_PRETRAINED_KEYWORDS = List.of(
      "pretrained_model_name_or_path",
      "model_name_or_path",
      "model_name",
      "model_id",
      "model_tag",
      "checkpoint",
      "checkpoint_path",
      "repo_id",
      "pretrained_model_conf_or_path",
      "model");

  final String id;
  final String library;
  final Predicate<String[]> matches;
  final int position;
  final List<String> keywords;
  final IdKind kind;
  final String example;
  final String exampleModel;

  PySignature(
      String id,
      String library,
      Predicate<String[]> matches,
      int position,
      List<String> keywords,
      IdKind kind,
      String example,
      String exampleModel) {
    this.id = id;
    this.library = library;
    this.matches = matches;
    this.position = position;
    this.keywords = keywords;
    this.kind = kind;
    this.example = example;
    this.exampleModel = exampleModel;
  }

  /** {@code root.<anything>.from_pretrained}. */
  static Predicate<String[]> fromPretrained(String root) {
    return q -> q.length >= 2 && q[0].equals(root) && q[q.length - 1].equals("from_pretrained");
  }

  /** {@code root.<anything>.method}, for any of {@code methods}. */
  static Predicate<String[]> rootAndLast(String root, String... methods) {
    Set<String> names = Set.of(methods);
    return q -> q.length >= 2 && q[0].equals(root) && names.contains(q[q.length - 1]);
  }

  /** Exactly one of {@code names}. */
  static Predicate<String[]> exactly(String... names) {
    List<String[]> split = new java.util.ArrayList<>();
    for (String name : names) {
      split.add(name.split("\\."));
    }
    return q -> split.stream().anyMatch(n -> java.util.Arrays.equals(n, q));
  }
}
