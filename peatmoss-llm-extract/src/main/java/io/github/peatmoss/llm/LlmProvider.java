package io.github.peatmoss.llm;

/**
 * A language-model service behind one call (the provider SPI). Implementations send one request, retry 429 and
 * 5xx answers honouring {@code retry-after}, and throw typed failures: {@link QuotaExceededException} and
 * {@link ContextLengthExceededException} (never retried), the core {@code AuthenticationException} and
 * {@code RateLimitException}. They do not parse the answer. Thread-safe.
 */
public interface LlmProvider {
  /** Returns a short name for logs and cache keys, for example {@code openai:gpt-4o-mini}. */
  String name();

  /** Sends {@code request} and returns the answer as the provider gave it. */
  ChatResponse complete(ChatRequest request);
}
