package io.github.peatmoss.core;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import java.util.Optional;

/**
 * A client of one model hub, seen through what PeaTMOSS records. Hugging Face and PyTorch Hub implement it; a
 * third hub plugs in by implementing it and registering a {@link ModelHubClientProvider} with {@link
 * java.util.ServiceLoader}. Implementations are thread-safe. A client that owns threads or connections releases
 * them in {@link #close()}; close every client you create.
 */
public interface ModelHubClient extends AutoCloseable {
  /** Returns the hub this client reads. */
  ModelHub hub();

  /**
   * Lists every model on the hub, mapped as PeaTMOSS maps them. Pages are fetched as the result is iterated,
   * and a page's continuation token resumes the listing later.
   *
   * @throws io.github.peatmoss.core.exception.PeatmossException from iteration when a page cannot be fetched
   */
  PagedIterable<Model> listModels();

  /**
   * Returns one model with the details the hub gives for it, or empty if the hub has no such model.
   *
   * @throws io.github.peatmoss.core.exception.PeatmossException when the hub cannot be asked
   */
  Optional<Model> findModel(ModelId id);

  /**
   * Returns the model card (Markdown, with any YAML front matter) as published, or empty if the model or its
   * card does not exist.
   *
   * @throws io.github.peatmoss.core.exception.PeatmossException when the hub cannot be asked
   */
  Optional<String> findModelCard(ModelId id);

  /** Releases what the client owns (threads); the default owns nothing. Idempotent; never throws. */
  @Override
  default void close() {}
}
