package io.github.peatmoss.llm;

import io.github.peatmoss.http.ClientSettings;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to reach one language model: wire format, endpoint, model name, key and HTTP settings (timeouts, retries,
 * and for tests the clock and sleeper retries wait on). Immutable.
 */
@Value.Immutable
public interface ProviderConfig {
  /** Returns the wire format. */
  ProviderKind kind();

  /** Returns the model name, for example {@code gpt-4o-mini}, {@code llama3.1:8b}, {@code claude-sonnet-4-5}. */
  String model();

  /** Returns the endpoint; the kind's public one when absent (for OpenAI-compatible servers, up to {@code /v1}). */
  Optional<URI> baseUrl();

  /** Returns the key, sent only to the endpoint. */
  Optional<LlmApiKey> apiKey();

  /** Returns timeouts, retries, clock and sleeper; defaults with a 120 s read timeout. */
  @Value.Default
  default ClientSettings settings() {
    return ClientSettings.builder()
        .readTimeout(java.time.Duration.ofSeconds(120))
        .build();
  }

  /** Returns the context window to ask Ollama for ({@code options.num_ctx}); default 16384. */
  @Value.Default
  default int contextTokens() {
    return 16_384;
  }

  /** Returns the endpoint in use. */
  default URI endpoint() {
    return baseUrl().orElse(kind().defaultBaseUrl());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProviderConfig}s; not thread-safe. */
  final class Builder extends ImmutableProviderConfig.Builder {}
}
