package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A {@code torch.hub.load(repo_or_dir, model, ...)} call found in a page's Python snippets. */
@Value.Immutable
@JsonSerialize(as = ImmutableHubLoadCall.class)
public interface HubLoadCall {
  /** Returns the GitHub repository loaded from. */
  RepoRef repository();

  /** Returns the tag or branch after {@code :}, if the call names one. */
  Optional<String> ref();

  /** Returns the entrypoint of the repository's {@code hubconf.py}. */
  String entrypoint();

  /** Returns the other keyword arguments, as source text (for example {@code pretrained -> True}). */
  Map<String, String> keywordArguments();

  /** Returns whether the call sits in a comment (pages list variants that way). */
  @Value.Default
  default boolean isCommented() {
    return false;
  }

  /**
   * Returns the PeaTMOSS id of the loaded model: the call's repository text and the entrypoint, {@code
   * owner/repo[:ref]/entrypoint} (for example {@code pytorch/vision:v0.10.0/resnet18}), as PeaTMOSS built its
   * {@code context_id}s. A ref a model id cannot hold (one with {@code /}) is left out.
   */
  default ModelId modelId() {
    if (ref().isPresent()) {
      try {
        return ModelId.of(repository().fullName() + ":" + ref().get() + "/" + entrypoint());
      } catch (IllegalArgumentException e) {
        // fall through: the id without the ref
      }
    }
    return ModelId.pytorchHub(repository(), entrypoint());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubLoadCall} values; not thread-safe. */
  final class Builder extends ImmutableHubLoadCall.Builder {}
}
