package io.github.peatmoss.cli;

import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.pytorchhub.PytorchHubClient;
import java.net.URI;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The connection options of every {@code pytorch-hub} command; a GitHub token comes from {@code GITHUB_TOKEN}. */
final class PytorchHubClientOptions {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "One endpoint serving both GitHub's contents API and raw files (a mirror or a local server).")
  URI endpoint;

  @Option(
      names = "--api-endpoint",
      paramLabel = "URL",
      description = "GitHub API endpoint (default https://api.github.com).")
  URI apiEndpoint;

  @Option(
      names = "--raw-endpoint",
      paramLabel = "URL",
      description = "Raw file endpoint (default https://raw.githubusercontent.com).")
  URI rawEndpoint;

  @Option(
      names = "--ref",
      paramLabel = "REF",
      defaultValue = "master",
      description = "Branch, tag or commit of pytorch/hub (default ${DEFAULT-VALUE}).")
  String ref;

  @Mixin
  NetworkOptions network;

  /** Returns the stable key of the listing these options select, for the mining checkpoint. */
  String sourceKey() {
    return "pytorch-hub api="
        + (apiEndpoint != null ? apiEndpoint : endpoint != null ? endpoint : "default") + " raw="
        + (rawEndpoint != null ? rawEndpoint : endpoint != null ? endpoint : "default") + " ref="
        + ref;
  }

  PytorchHubClient client() {
    PytorchHubClient.Builder builder = PytorchHubClient.builder()
        .settings(network.settings(
            ClientSettings.builder().userAgentSuffix("peatmoss-cli").build()));
    try {
      if (endpoint != null) {
        builder.endpoint(endpoint);
      }
      if (apiEndpoint != null) {
        builder.apiEndpoint(apiEndpoint);
      }
      if (rawEndpoint != null) {
        builder.rawEndpoint(rawEndpoint);
      }
      builder.ref(ref);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    GitHubToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }
}
