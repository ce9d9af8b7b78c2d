package io.github.peatmoss.llm;

import io.github.peatmoss.http.AccessToken;
import java.util.Optional;

/** A language-model provider's API key; never printed ({@code toString()} is redacted). */
public final class LlmApiKey extends AccessToken {
  private LlmApiKey(String value) {
    super(value, "language-model provider");
  }

  /** Returns a key. */
  public static LlmApiKey of(String value) {
    return new LlmApiKey(value);
  }

  /** Returns the key from the provider's variable ({@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}), if set. */
  public static Optional<LlmApiKey> fromEnvironment(ProviderKind kind) {
    return kind.keyVariable() == null
        ? Optional.empty()
        : fromEnvironment(kind.keyVariable(), LlmApiKey::new);
  }
}
