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
      names = "--max-wait",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "Longest wait for a rate-limit reset before failing with the reset time (default ${DEFAULT-VALUE}).")
  long maxWaitSeconds;

  @Mixin
  NetworkOptions network;

  /** Returns a client that fetches one thing at a time: the commands without {@code --concurrency}. */
  HfClient client() {
    return client(1);
  }

  /** Returns a client that fetches up to {@code concurrency} models' files at once. */
  HfClient client(int concurrency) {
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
