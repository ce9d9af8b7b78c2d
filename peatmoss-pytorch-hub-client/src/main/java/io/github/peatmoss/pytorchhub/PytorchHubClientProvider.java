package io.github.peatmoss.pytorchhub;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.ModelHubClientProvider;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.http.GitHubToken;
import java.net.URI;

/**
 * Creates {@link PytorchHubClient}s for {@code ModelHubClients.create("PyTorch", config)}. The config's endpoint
 * serves both the contents API and raw files; properties {@code apiEndpoint}, {@code rawEndpoint}, {@code ref}
 * and {@code hubRepository} set them one by one.
 */
public final class PytorchHubClientProvider implements ModelHubClientProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public PytorchHubClientProvider() {}

  @Override
  public String hubName() {
    return "PyTorch";
  }

  /**
   * Creates a client from {@code config}; without a token in it, the one in {@code GITHUB_TOKEN} is used.
   *
   * @throws IllegalArgumentException when a setting is invalid
   */
  @Override
  public ModelHubClient create(HubClientConfig config) {
    PytorchHubClient.Builder builder = PytorchHubClient.builder();
    config.endpoint().ifPresent(builder::endpoint);
    if (config.token().isPresent()) {
      builder.token(GitHubToken.of(config.token().get()));
    } else {
      GitHubToken.fromEnvironment().ifPresent(builder::token);
    }
    config.userAgentSuffix().ifPresent(builder::userAgentSuffix);
    String api = config.properties().get("apiEndpoint");
    if (api != null) {
      builder.apiEndpoint(URI.create(api));
    }
    String raw = config.properties().get("rawEndpoint");
    if (raw != null) {
      builder.rawEndpoint(URI.create(raw));
    }
    String ref = config.properties().get("ref");
    if (ref != null) {
      builder.ref(ref);
    }
    String repository = config.properties().get("hubRepository");
    if (repository != null) {
      builder.hubRepository(RepoRef.parse(repository));
    }
    return builder.build();
  }
}
