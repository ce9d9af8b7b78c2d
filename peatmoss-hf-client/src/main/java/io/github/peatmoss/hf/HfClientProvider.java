package io.github.peatmoss.hf;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.ModelHubClientProvider;
import io.github.peatmoss.http.RetryOptions;
import java.time.Duration;

/**
 * Creates {@link HfClient}s for {@code ModelHubClients.create("HuggingFace", config)}. Properties: {@code
 * concurrency} (per-model fetches at once) and {@code maxWaitSeconds} (longest rate-limit wait).
 */
public final class HfClientProvider implements ModelHubClientProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public HfClientProvider() {}

  @Override
  public String hubName() {
    return "HuggingFace";
  }

  /**
   * Creates a client from {@code config}; without a token in it, the one in {@code HF_TOKEN} is used.
   *
   * @throws IllegalArgumentException when a setting is invalid
   */
  @Override
  public ModelHubClient create(HubClientConfig config) {
    HfClient.Builder builder = HfClient.builder();
    config.endpoint().ifPresent(builder::endpoint);
    if (config.token().isPresent()) {
      builder.token(HfToken.of(config.token().get()));
    } else {
      HfToken.fromEnvironment().ifPresent(builder::token);
    }
    config.userAgentSuffix().ifPresent(builder::userAgentSuffix);
    String concurrency = config.properties().get("concurrency");
    if (concurrency != null) {
      builder.concurrency(parse("concurrency", concurrency));
    }
    String maxWait = config.properties().get("maxWaitSeconds");
    if (maxWait != null) {
      builder.retryOptions(RetryOptions.builder()
          .maxWait(Duration.ofSeconds(parse("maxWaitSeconds", maxWait)))
          .build());
    }
    return builder.build();
  }

  private static int parse(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer: " + value, e);
    }
  }
}
