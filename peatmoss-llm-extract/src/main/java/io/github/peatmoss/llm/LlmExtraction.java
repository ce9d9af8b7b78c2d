package io.github.peatmoss.llm;

import io.github.peatmoss.core.model.ExtractedMetadata;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/** One card through the whole pipeline: the merged values, what was asked, and what it cost. */
@Value.Immutable
public interface LlmExtraction {
  /** Returns the deterministic values plus the checked LLM values for the fields that were open. */
  ExtractedMetadata metadata();

  /** Returns the fields the model was asked (empty when the deterministic stage answered everything). */
  Set<PeatmossField> asked();

  /** Returns the provider calls made (a repair counts as a call). */
  int calls();

  /** Returns the requests answered from the cache. */
  int cacheHits();

  /** Returns the requests that needed the repair round. */
  int repairs();

  /** Returns the prompt tokens, counted locally with the model's tokenizer, of every request (cached or not). */
  long promptTokens();

  /** Returns the prompt tokens the provider billed for the calls made. */
  long inputTokens();

  /** Returns the answer tokens the provider billed for the calls made. */
  long outputTokens();

  /** Returns the LLM values dropped by the checks, by reason. */
  Map<String, Integer> dropped();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LlmExtraction}s; not thread-safe. */
  final class Builder extends ImmutableLlmExtraction.Builder {}
}
