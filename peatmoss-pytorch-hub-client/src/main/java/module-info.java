/**
 * PyTorch Hub client; registers a {@code ModelHubClientProvider}.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.pytorchhub {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.http;
  requires io.github.peatmoss.reuse;
  requires org.snakeyaml.engine.v2;
  requires org.slf4j;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.pytorchhub;

  opens io.github.peatmoss.pytorchhub to
      com.fasterxml.jackson.databind;

  provides io.github.peatmoss.core.ModelHubClientProvider with
      io.github.peatmoss.pytorchhub.PytorchHubClientProvider;
}
