package io.github.peatmoss.cli;

import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.RetryOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The connection options of every {@code github} command. The token comes from {@code GITHUB_TOKEN}; responses
 * are kept in an ETag cache (default in the user's cache directory) so unchanged resources cost nothing on a
 * rerun.
 */
final class GithubClientOptions {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "GitHub API endpoint (Enterprise, a mirror, a local server); default https://api.github.com.")
  URI endpoint;

  @Option(
      names = "--raw-endpoint",
      paramLabel = "URL",
      description =
          "Raw file endpoint; default https://raw.githubusercontent.com, or <endpoint>/raw/ with --endpoint.")
  URI rawEndpoint;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "ETag cache directory (default: peatmoss/github in the user's cache directory).")
  Path cache;

  @Option(names = "--no-cache", description = "Send unconditional requests and keep nothing.")
  boolean noCache;

  @Option(
      names = "--max-wait",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "Longest wait for a rate-limit reset before failing with the reset time (default ${DEFAULT-VALUE}).")
  long maxWaitSeconds;

  @Mixin
  NetworkOptions network;

  GitHubClient client() {
    if (maxWaitSeconds < 0) {
      throw new UsageException("--max-wait must be >= 0: " + maxWaitSeconds);
    }
    if (noCache && cache != null) {
      throw new UsageException("--cache and --no-cache exclude each other");
    }
    GitHubClient.Builder builder = GitHubClient.builder()
        .settings(network.settings(ClientSettings.builder()
            .userAgentSuffix("peatmoss-cli")
            .retryOptions(RetryOptions.builder()
                .maxWait(Duration.ofSeconds(maxWaitSeconds))
                .build())
            .build()));
    try {
      if (endpoint != null) {
        builder.endpoint(endpoint);
      }
      if (rawEndpoint != null) {
        builder.rawEndpoint(rawEndpoint);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!noCache) {
      builder.cacheDirectory(cache != null ? cache : defaultCache());
    }
    GitHubToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }

  /** Returns {@code ~/.cache/peatmoss/github} ({@code ~/Library/Caches/...} on macOS, {@code ~/AppData/Local/...} on Windows). */
  static Path defaultCache() {
    Path home = Path.of(System.getProperty("user.home"));
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path base = os.contains("mac")
        ? home.resolve("Library").resolve("Caches")
        : os.contains("win") ? home.resolve("AppData").resolve("Local") : home.resolve(".cache");
    return base.resolve("peatmoss").resolve("github");
  }
}
