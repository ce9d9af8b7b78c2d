package io.github.peatmoss.core;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings a {@link ModelHubClientProvider} builds a client from. Empty settings mean the provider's defaults
 * (public endpoint, anonymous access). The token is redacted from {@code toString()}.
 */
@Value.Immutable
public interface HubClientConfig {
  /** Returns the endpoint to use instead of the hub's public one, for mirrors and test servers. */
  Optional<URI> endpoint();

  /** Returns the access token. */
  @Value.Redacted
  Optional<String> token();

  /** Returns text appended to the {@code User-Agent}, to identify the study or tool. */
  Optional<String> userAgentSuffix();

  /** Returns provider-specific settings by name. */
  Map<String, String> properties();

  /** Returns the defaults: public endpoint, anonymous. */
  static HubClientConfig defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubClientConfig} values; not thread-safe. */
  final class Builder extends ImmutableHubClientConfig.Builder {}
}
