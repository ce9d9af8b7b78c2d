package io.github.peatmoss.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds hub clients registered through {@link ServiceLoader}. */
public final class ModelHubClients {
  private ModelHubClients() {}

  /** Returns the names of the hubs whose client modules are on the class path, in discovery order. */
  public static List<String> availableHubs() {
    return providers().stream().map(ModelHubClientProvider::hubName).collect(Collectors.toList());
  }

  /**
   * Creates a client for the hub named {@code hubName} (case-insensitive).
   *
   * @throws IllegalArgumentException if no provider on the class path serves that hub
   */
  public static ModelHubClient create(String hubName, HubClientConfig config) {
    Objects.requireNonNull(hubName, "hubName == null");
    Objects.requireNonNull(config, "config == null");
    for (ModelHubClientProvider provider : providers()) {
      if (provider.hubName().equalsIgnoreCase(hubName)) {
        return provider.create(config);
      }
    }
    throw new IllegalArgumentException(
        "no model hub client for '" + hubName + "'; available: " + availableHubs()
            + ". Add the hub's client module (for example peatmoss-hf-client) to the class path.");
  }

  private static List<ModelHubClientProvider> providers() {
    List<ModelHubClientProvider> found = new ArrayList<>();
    ServiceLoader.load(ModelHubClientProvider.class, ModelHubClients.class.getClassLoader())
        .forEach(found::add);
    return found;
  }
}
