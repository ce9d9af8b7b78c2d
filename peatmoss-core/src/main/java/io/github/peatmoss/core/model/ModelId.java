package io.github.peatmoss.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a pre-trained model on its hub, as PeaTMOSS stores it in {@code model.context_id}. Three forms
 * exist: Hugging Face {@code namespace/name}, Hugging Face legacy {@code name} without a namespace (for example
 * {@code bert-base-uncased}), and PyTorch Hub {@code owner/repo/entrypoint}, where the repository may carry the
 * git ref a {@code torch.hub.load} call names ({@code pytorch/vision:v0.10.0/resnet18}), as PeaTMOSS kept it.
 * Ids compare by their text.
 */
public final class ModelId implements Comparable<ModelId> {

  /** The form of a model id, told apart by its number of segments. */
  public enum Form {
    /** {@code namespace/name} on the Hugging Face Hub. */
    HUGGING_FACE,
    /** A Hugging Face id without namespace, from before namespaces were required. */
    LEGACY,
    /**
     * {@code owner/repo[:ref]/entrypoint}: an entrypoint of a GitHub repository's {@code hubconf.py}, optionally
     * at a tag or branch.
     */
    PYTORCH_HUB
  }

  private static final int MAX_HF_SEGMENT = 96;
  private static final Pattern HF_SEGMENT = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern ENTRYPOINT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern GIT_REF = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,254}");

  private final String value;
  private final Form form;

  private ModelId(String value, Form form) {
    this.value = value;
    this.form = form;
  }

  /**
   * Parses a model id in any of its forms.
   *
   * @throws IllegalArgumentException naming the rule broken
   */
  @JsonCreator
  public static ModelId of(String value) {
    Objects.requireNonNull(value, "value == null");
    String[] parts = value.split("/", -1);
    switch (parts.length) {
      case 1 -> {
        checkHfSegment(parts[0], "name", value);
        return new ModelId(value, Form.LEGACY);
      }
      case 2 -> {
        checkHfSegment(parts[0], "namespace", value);
        checkHfSegment(parts[1], "name", value);
        return new ModelId(value, Form.HUGGING_FACE);
      }
      case 3 -> {
        int colon = parts[1].indexOf(':');
        String repoName = colon < 0 ? parts[1] : parts[1].substring(0, colon);
        try {
          RepoRef.of(parts[0], repoName);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "invalid model id '" + value + "': a PyTorch Hub id is"
                  + " owner/repo[:ref]/entrypoint and its owner/repo must be a GitHub repository ("
                  + e.getMessage() + ")",
              e);
        }
        if (colon >= 0 && !GIT_REF.matcher(parts[1].substring(colon + 1)).matches()) {
          throw new IllegalArgumentException("invalid model id '" + value + "': git ref '"
              + parts[1].substring(colon + 1)
              + "' after ':' must be 1-255 letters, digits, '.', '_' or '-'"
              + " and start with a letter, digit or '_'");
        }
        checkEntrypoint(parts[2], value);
        return new ModelId(value, Form.PYTORCH_HUB);
      }
      default ->
        throw new IllegalArgumentException("invalid model id '" + value
            + "': expected name, namespace/name (Hugging Face) or owner/repo/entrypoint (PyTorch Hub), found "
            + (parts.length - 1) + " '/'");
    }
  }

  /** Returns the Hugging Face id {@code namespace/name}. */
  public static ModelId huggingFace(String namespace, String name) {
    Objects.requireNonNull(namespace, "namespace == null");
    Objects.requireNonNull(name, "name == null");
    return of(namespace + "/" + name);
  }

  /** Returns the PyTorch Hub id of {@code entrypoint} in {@code repo}'s {@code hubconf.py}. */
  public static ModelId pytorchHub(RepoRef repo, String entrypoint) {
    Objects.requireNonNull(repo, "repo == null");
    Objects.requireNonNull(entrypoint, "entrypoint == null");
    return of(repo.fullName() + "/" + entrypoint);
  }

  private static void checkHfSegment(String segment, String what, String input) {
    if (segment.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid model id '" + input + "': " + what + " must not be empty");
    }
    if (segment.length() > MAX_HF_SEGMENT) {
      throw new IllegalArgumentException("invalid model id '" + input + "': " + what
          + " must be at most " + MAX_HF_SEGMENT + " characters, was " + segment.length());
    }
    if (!HF_SEGMENT.matcher(segment).matches()) {
      throw new IllegalArgumentException("invalid model id '" + input + "': " + what
          + " may hold only letters, digits, '_', '-' and '.'");
    }
    if (!isWordChar(segment.charAt(0)) || !isWordChar(segment.charAt(segment.length() - 1))) {
      throw new IllegalArgumentException("invalid model id '" + input + "': " + what
          + " must start and end with a letter, digit or '_'");
    }
    if (segment.contains("--") || segment.contains("..")) {
      throw new IllegalArgumentException(
          "invalid model id '" + input + "': " + what + " must not contain '--' or '..'");
    }
  }

  private static boolean isWordChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void checkEntrypoint(String entrypoint, String input) {
    if (!ENTRYPOINT.matcher(entrypoint).matches()) {
      throw new IllegalArgumentException(
          "invalid model id '" + input + "': entrypoint '" + entrypoint
              + "' must be a Python identifier (a letter or '_', then letters, digits or '_')");
    }
  }

  /** Returns the id as the hub writes it. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns which form this id has. */
  public Form form() {
    return form;
  }

  /** Returns the namespace of a Hugging Face id, or {@code owner/repo} of a PyTorch Hub id. */
  public Optional<String> namespace() {
    int slash = value.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(value.substring(0, slash));
  }

  /** Returns the last segment: the model name, or the PyTorch Hub entrypoint. */
  public String name() {
    return value.substring(value.lastIndexOf('/') + 1);
  }

  /** Returns the GitHub repository of a PyTorch Hub id, without its git ref. */
  public Optional<RepoRef> pytorchRepository() {
    return form == Form.PYTORCH_HUB
        ? namespace().map(ns -> RepoRef.parse(ns.replaceFirst(":.*$", "")))
        : Optional.empty();
  }

  /** Returns the git ref (tag or branch) a PyTorch Hub id names after ':', such as {@code v0.10.0}. */
  public Optional<String> pytorchRef() {
    if (form != Form.PYTORCH_HUB) {
      return Optional.empty();
    }
    String ns = namespace().orElseThrow();
    int colon = ns.indexOf(':');
    return colon < 0 ? Optional.empty() : Optional.of(ns.substring(colon + 1));
  }

  @Override
  public int compareTo(ModelId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
