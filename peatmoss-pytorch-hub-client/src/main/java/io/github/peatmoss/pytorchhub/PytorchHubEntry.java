package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.RepoRef;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** One page of PyTorch Hub: a Markdown file of the pytorch/hub repository, its header and its load calls. */
@Value.Immutable
@JsonSerialize(as = ImmutablePytorchHubEntry.class)
public interface PytorchHubEntry {
  /** Returns the file name, for example {@code pytorch_vision_resnet.md}. */
  String file();

  /** Returns the title. */
  Optional<String> title();

  /** Returns the one-line summary. */
  Optional<String> summary();

  /** Returns the author as written. */
  Optional<String> author();

  /** Returns the category ({@code researchers} or {@code developers}). */
  Optional<String> category();

  /** Returns the tags ({@code vision}, {@code nlp}, {@code generative}, {@code audio}, {@code scriptable}). */
  List<String> tags();

  /** Returns the link to the model's source. */
  Optional<String> githubLink();

  /** Returns the repository named by {@code github-id}. */
  Optional<RepoRef> githubId();

  /** Returns the accelerator ({@code cuda} or {@code cuda-optional}). */
  Optional<String> accelerator();

  /** Returns the demo link. */
  Optional<String> demoModelLink();

  /** Returns the display order. */
  OptionalInt order();

  /** Returns every {@code torch.hub.load} call of the page's Python blocks, commented variants included. */
  List<HubLoadCall> loadCalls();

  /** Returns what could not be read: a malformed header, calls with non-literal arguments, ... */
  List<String> warnings();

  /**
   * Returns the models of this page as PeaTMOSS records them, one per distinct entrypoint loaded: {@code
   * context_id} {@code owner/repo[:ref]/entrypoint} as the load call names it, {@code repo_url} {@code
   * github.com/<github-id>}, the author, tags plus category and accelerator, library {@code pytorch}.
   */
  default List<Model> toModels() {
    return PeatmossMapping.toModels(this);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PytorchHubEntry} values; not thread-safe. */
  final class Builder extends ImmutablePytorchHubEntry.Builder {}
}
