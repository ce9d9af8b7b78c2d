package io.github.peatmoss.core;

/**
 * Creates {@link ModelHubClient}s for one hub. Register an implementation in {@code
 * META-INF/services/io.github.peatmoss.core.ModelHubClientProvider} so {@link ModelHubClients} finds it.
 * Implementations need a public no-argument constructor.
 */
public interface ModelHubClientProvider {
  /** Returns the hub name this provider serves, as in {@code model_hub.name} (for example {@code HuggingFace}). */
  String hubName();

  /**
   * Creates a client from {@code config}.
   *
   * @throws IllegalArgumentException when a setting is invalid for this hub
   */
  ModelHubClient create(HubClientConfig config);
}
