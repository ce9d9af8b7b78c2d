package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A library call that loads a pre-trained model ({@code import timm} ... {@code create_model(}), the unit
 * discovery searches by: one query per signature. {@link #peatmoss()} is the list PeaTMOSS searched for.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReuseSignature.class)
public interface ReuseSignature {
  /** Returns the imported module, for example {@code transformers}. */
  String library();

  /** Returns the called method or class, for example {@code from_pretrained}. */
  String call();

  /** Returns the language searched; default {@code Python}. */
  @Value.Default
  default String language() {
    return "Python";
  }

  /** Returns {@code library.call}, the signature's name in reports. */
  @Value.Derived
  default String name() {
    return library() + "." + call();
  }

  /** Returns a signature of a Python library. */
  static ReuseSignature of(String library, String call) {
    return builder().library(library).call(call).build();
  }

  /** Returns the Hugging Face signatures PeaTMOSS searched for (its signature sheet), one query each. */
  static List<ReuseSignature> peatmoss() {
    return List.of(
        of("transformers", "from_pretrained"),
        of("transformers", "pipeline"),
        of("diffusers", "from_pretrained"),
        of("peft", "from_pretrained"),
        of("asteroid", "from_pretrained"),
        of("espnet2", "from_pretrained"),
        of("nemo", "from_pretrained"),
        of("paddlenlp", "from_pretrained"),
        of("pyannote", "from_pretrained"),
        of("tensorflow_tts", "from_pretrained"),
        of("span_marker", "from_pretrained"),
        of("sentence_transformers", "SentenceTransformer"),
        of("timm", "create_model"),
        of("open_clip", "create_model_and_transforms"),
        of("huggingface_hub", "hf_hub_download"),
        of("allennlp", "from_path"),
        of("speechbrain", "from_hparams"),
        of("stanza", "Pipeline"),
        of("spacy", "load"),
        of("fairseq", "load_model_ensemble_and_task_from_hf_hub"),
        of("flair", "load"),
        of("bertopic", "load"),
        of("huggingface_sb3", "load_from_hub"),
        of("pythae", "load_from_hf_hub"),
        of("torch", "hub.load"));
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReuseSignature} values; not thread-safe. */
  final class Builder extends ImmutableReuseSignature.Builder {}
}
