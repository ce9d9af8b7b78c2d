package io.github.peatmoss.cli;

import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfToken;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.RetryOptions;
import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The connection options of every {@code hf} command; the token comes from {@code HF_TOKEN}. */
final class HfClientOptions {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Hub endpoint (a mirror or a local server); default https://huggingface.co.")
  URI endpoint;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description = "Per-model fetches at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--max-wait",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "Longest wait for a rate-limit reset before failing with the reset time (default ${DEFAULT-VALUE}).")
  long maxWaitSeconds;

  @Mixin
  NetworkOptions network;

  HfClient client() {
    if (concurrency < 1 || concurrency > 64) {
      throw new UsageException("--concurrency must be between 1 and 64: " + concurrency);
    }
    if (maxWaitSeconds < 0) {
      throw new UsageException("--max-wait must be >= 0: " + maxWaitSeconds);
    }
    ClientSettings.Builder settings = ClientSettings.builder()
        .userAgentSuffix("peatmoss-cli")
        .concurrency(concurrency)
        .retryOptions(
            RetryOptions.builder().maxWait(Duration.ofSeconds(maxWaitSeconds)).build());
    if (endpoint != null) {
      settings.endpoint(endpoint);
    }
    HfClient.Builder builder;
    try {
      builder = HfClient.builder().settings(network.settings(settings.build()));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--endpoint: " + e.getMessage());
    }
    HfToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }
}
