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
  // Immutables: annotations on public types only, not needed at run time.
  requires static transitive org.immutables.value;

  exports io.github.peatmoss.pytorchhub;

  opens io.github.peatmoss.pytorchhub to
      com.fasterxml.jackson.databind;

  provides io.github.peatmoss.core.ModelHubClientProvider with
      io.github.peatmoss.pytorchhub.PytorchHubClientProvider;
}
