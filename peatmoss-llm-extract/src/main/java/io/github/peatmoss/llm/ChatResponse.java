package io.github.peatmoss.llm;

import org.immutables.value.Value;

/** A language model's answer: its text (JSON expected), why it stopped, and the tokens it cost. */
@Value.Immutable
public interface ChatResponse {
  /** Why generation stopped, normalised across providers. */
  enum FinishReason {
    /** The answer is complete ({@code stop}, {@code end_turn}, {@code tool_use}). */
    STOP,
    /** The output token limit cut the answer ({@code length}, {@code max_tokens}). */
    LENGTH,
    /** The model refused. */
    REFUSAL,
    /** Anything else the provider reported (content filter, ...). */
    OTHER
  }

  /** Returns the answer text (for Anthropic tool use, the tool input as JSON text). */
  String text();

  /** Returns why generation stopped. */
  FinishReason finishReason();

  /** Returns the provider's reason as sent. */
  String rawFinishReason();

  /** Returns the prompt tokens the provider counted. */
  long inputTokens();

  /** Returns the answer tokens the provider counted. */
  long outputTokens();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ChatResponse}s; not thread-safe. */
  final class Builder extends ImmutableChatResponse.Builder {}
}
