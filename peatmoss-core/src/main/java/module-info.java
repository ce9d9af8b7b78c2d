/**
 * Domain values, typed ids, the exception tree, lazy paging and the hub-client SPI.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
@SuppressWarnings("module") // qualified exports name SDK modules compiled after this one
module io.github.peatmoss.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.core;
  exports io.github.peatmoss.core.exception;
  exports io.github.peatmoss.core.model;
  exports io.github.peatmoss.core.internal to
      io.github.peatmoss.http,
      io.github.peatmoss.reuse,
      io.github.peatmoss.hf,
      io.github.peatmoss.pytorchhub,
      io.github.peatmoss.github,
      io.github.peatmoss.llm,
      io.github.peatmoss.licenses,
      io.github.peatmoss.dataset,
      io.github.peatmoss.hf.snapshot,
      io.github.peatmoss.report;

  opens io.github.peatmoss.core.model to
      com.fasterxml.jackson.databind;

  uses io.github.peatmoss.core.ModelHubClientProvider;
}
