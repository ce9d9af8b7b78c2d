package io.github.peatmoss.cli;

import io.github.peatmoss.llm.ExtractionCache;
import io.github.peatmoss.llm.LlmApiKey;
import io.github.peatmoss.llm.LlmExtraction;
import io.github.peatmoss.llm.LlmExtractor;
import io.github.peatmoss.llm.LlmProvider;
import io.github.peatmoss.llm.LlmProviders;
import io.github.peatmoss.llm.ProviderConfig;
import io.github.peatmoss.llm.ProviderKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The provider options of the {@code extract} commands; keys come from {@link LlmApiKey#fromEnvironment}. */
final class ExtractOptions {
  @Option(
      names = "--provider",
      paramLabel = "NAME",
      defaultValue = "none",
      description =
          "none (offline: front matter, tags and body patterns only; default), openai (Chat Completions,"
              + " also vLLM, llama.cpp, Ollama /v1 with --base-url), ollama (/api/chat) or anthropic (Messages).")
  String provider;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "Provider endpoint; OpenAI-compatible servers up to /v1 (default: the provider's public one).")
  URI baseUrl;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "Model name, for example gpt-4o-mini.")
  String model;

  @Option(
      names = "--token-budget",
      paramLabel = "TOKENS",
      defaultValue = "4096",
      description =
          "Most prompt tokens per request; longer cards are split by section (default ${DEFAULT-VALUE}).")
  int tokenBudget;

  @Option(
      names = "--max-output-tokens",
      paramLabel = "TOKENS",
      defaultValue = "2048",
      description = "Output limit per answer (default ${DEFAULT-VALUE}).")
  int maxOutputTokens;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description =
          "SQLite file of answers already paid for (created if missing); reruns make no call for them.")
  Path cache;

  @Option(
      names = "--price-in",
      paramLabel = "USD",
      defaultValue = "0",
      description =
          "Price per million prompt tokens, for the cost line (default ${DEFAULT-VALUE}).")
  double priceIn;

  @Option(
      names = "--price-out",
      paramLabel = "USD",
      defaultValue = "0",
      description =
          "Price per million answer tokens, for the cost line (default ${DEFAULT-VALUE}).")
  double priceOut;

  /** Returns the chosen wire format, or empty for {@code none}. */
  Optional<ProviderKind> kind() {
    String p = provider.toLowerCase(Locale.ROOT);
    switch (p) {
      case "none":
        return Optional.empty();
      case "openai":
        return Optional.of(ProviderKind.OPENAI);
      case "ollama":
        return Optional.of(ProviderKind.OLLAMA);
      case "anthropic":
        return Optional.of(ProviderKind.ANTHROPIC);
      default:
        throw new UsageException(
            "--provider must be none, openai, ollama or anthropic: " + provider);
    }
  }

  /** Returns the provider configuration, checking that what it needs is set. */
  Optional<ProviderConfig> config() {
    Optional<ProviderKind> kind = kind();
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    ProviderKind k = kind.get();
    Optional<LlmApiKey> key = LlmApiKey.fromEnvironment(k);
    if (k == ProviderKind.OPENAI && key.isEmpty() && baseUrl == null) {
      throw new UsageException(
          "--provider openai needs an API key or a server: set OPENAI_API_KEY for OpenAI, or"
              + " --base-url for an OpenAI-compatible server (vLLM, llama.cpp, Ollama's /v1)");
    }
    if (k == ProviderKind.ANTHROPIC && key.isEmpty()) {
      throw new UsageException("--provider anthropic needs an API key: set ANTHROPIC_API_KEY");
    }
    if (model == null || model.isBlank()) {
      throw new UsageException("--provider " + provider + " needs --model, for example "
          + (k == ProviderKind.OPENAI
              ? "gpt-4o-mini"
              : k == ProviderKind.OLLAMA ? "llama3.1:8b" : "claude-sonnet-4-5"));
    }
    if (tokenBudget < 512) {
      throw new UsageException("--token-budget must be >= 512: " + tokenBudget);
    }
    ProviderConfig.Builder b = ProviderConfig.builder().kind(k).model(model).apiKey(key);
    if (baseUrl != null) {
      if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
        throw new UsageException("--base-url must be an http(s) URL: " + baseUrl);
      }
      b.baseUrl(baseUrl);
    }
    return Optional.of(b.build());
  }

  /** Returns the extractor for the chosen provider, or empty for {@code none}. */
  Optional<LlmExtractor> extractor() {
    return config().map(c -> {
      LlmProvider p = LlmProviders.create(c);
      LlmExtractor.Builder b = LlmExtractor.builder()
          .provider(p)
          .tokenBudget(tokenBudget)
          .maxOutputTokens(maxOutputTokens)
          .tokenizerModel(c.model());
      if (cache != null) {
        b.cache(ExtractionCache.open(cache));
      }
      return b.build();
    });
  }

  /** Returns the cost of {@code input} and {@code output} tokens at the given prices. */
  double cost(long input, long output) {
    return input * priceIn / 1e6 + output * priceOut / 1e6;
  }

  /** Returns a one-line account of an LLM run for stderr. */
  String usage(long cards, long calls, long hits, long prompt, long input, long output) {
    return String.format(
        Locale.ROOT,
        "%d card(s): %d provider call(s), %d cached answer(s), %d prompt tokens sent"
            + " (local count), billed %d in / %d out, cost $%.4f",
        cards,
        calls,
        hits,
        prompt,
        input,
        output,
        cost(input, output));
  }

  static long dropped(LlmExtraction e) {
    return e.dropped().values().stream().mapToLong(Integer::longValue).sum();
  }
}
