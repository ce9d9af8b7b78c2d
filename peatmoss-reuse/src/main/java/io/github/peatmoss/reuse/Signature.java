package io.github.peatmoss.reuse;

import org.immutables.value.Value;

/** A library call the detector recognises as loading a pre-trained model. */
@Value.Immutable
public interface Signature {
  /** Returns the signature's id, as {@link ModelUse#signature()} reports it ({@code transformers.from_pretrained}). */
  String id();

  /** Returns the language whose source it is found in. */
  SourceLanguage language();

  /** Returns a call it matches, as source. */
  String example();

  /** Returns the model id the example loads. */
  String exampleModel();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Signature} values; not thread-safe. */
  final class Builder extends ImmutableSignature.Builder {}
}
