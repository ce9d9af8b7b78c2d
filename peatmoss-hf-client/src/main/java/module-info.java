/**
 * Hugging Face Hub client and model-card parser; registers a {@code ModelHubClientProvider}.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.hf {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.http;
  requires org.snakeyaml.engine.v2;
  requires org.slf4j;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.hf;

  opens io.github.peatmoss.hf to
      com.fasterxml.jackson.databind;

  provides io.github.peatmoss.core.ModelHubClientProvider with
      io.github.peatmoss.hf.HfClientProvider;
}
