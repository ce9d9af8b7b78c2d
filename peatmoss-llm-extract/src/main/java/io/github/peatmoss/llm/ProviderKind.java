package io.github.peatmoss.llm;

import java.net.URI;

/** The wire formats this module speaks, with their public endpoints and the variable holding their key. */
public enum ProviderKind {
  /** OpenAI Chat Completions ({@code POST {base}/chat/completions}); also vLLM, llama.cpp's server, Ollama's /v1. */
  OPENAI("https://api.openai.com/v1", "OPENAI_API_KEY"),
  /** Ollama's native {@code POST {base}/api/chat}; no key. */
  OLLAMA("http://localhost:11434", null),
  /** Anthropic Messages ({@code POST {base}/v1/messages}). */
  ANTHROPIC("https://api.anthropic.com", "ANTHROPIC_API_KEY");

  private final URI defaultBaseUrl;
  private final String keyVariable;

  ProviderKind(String defaultBaseUrl, String keyVariable) {
    this.defaultBaseUrl = URI.create(defaultBaseUrl);
    this.keyVariable = keyVariable;
  }

  /** Returns the public endpoint. */
  public URI defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** Returns the environment variable holding the key, or null when the service takes none. */
  public String keyVariable() {
    return keyVariable;
  }
}
