package io.github.peatmoss.llm;

import io.github.peatmoss.llm.internal.wire.AnthropicMessagesProvider;
import io.github.peatmoss.llm.internal.wire.OllamaChatProvider;
import io.github.peatmoss.llm.internal.wire.OpenAiChatProvider;

/** Makes the provider for a configuration. */
public final class LlmProviders {
  private LlmProviders() {}

  /** Returns a provider speaking {@code config.kind()}'s wire format. */
  public static LlmProvider create(ProviderConfig config) {
    switch (config.kind()) {
      case OPENAI:
        return new OpenAiChatProvider(config);
      case OLLAMA:
        return new OllamaChatProvider(config);
      case ANTHROPIC:
        return new AnthropicMessagesProvider(config);
      default:
        throw new AssertionError(config.kind());
    }
  }
}
