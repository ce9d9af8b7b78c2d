package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.util.Collection;
import java.util.Optional;

/**
 * The set of model ids the detector checks candidates against: a PeaTMOSS database's models, a hub listing, or
 * any collection. Implementations must be thread-safe.
 */
public interface KnownModels {
  /**
   * Returns the known id {@code candidate} names, or empty when it names none. Resolution may change the id:
   * a legacy un-namespaced id resolves to its current name ({@code bert-base-uncased} to {@code
   * google-bert/bert-base-uncased}), case differences resolve to the known spelling; a PyTorch Hub id keeps the
   * git ref its call named ({@code pytorch/vision:v0.10.0/resnet18}) when the set knows the entrypoint.
   */
  Optional<ModelId> resolve(ModelId candidate);

  /** Returns a set backed by {@code ids} (copied), resolving as {@link #resolve} says. */
  static KnownModels of(Collection<ModelId> ids) {
    return new KnownModelSet(ids);
  }

  /**
   * Returns the current name of a legacy un-namespaced Hugging Face id that the Hub moved under an organisation in
   * January 2024 ({@code gpt2} to {@code openai-community/gpt2}), from a table bundled with the detector.
   */
  static Optional<ModelId> currentNameOf(ModelId legacy) {
    return LegacyIds.currentName(legacy);
  }
}
