/**
 * GitHub client for reuse mining and candidate discovery.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.github {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.http;
  requires okio;
  requires org.slf4j;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.github;

  opens io.github.peatmoss.github to
      com.fasterxml.jackson.databind;
  opens io.github.peatmoss.github.internal to
      com.fasterxml.jackson.databind;
}
