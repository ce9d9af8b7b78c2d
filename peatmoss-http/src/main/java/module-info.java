/**
 * Settings shared by the HTTP clients ({@code ClientSettings}, {@code RetryOptions}, tokens); the OkHttp/Jackson plumbing stays in {@code .internal}.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
@SuppressWarnings("module") // qualified exports name SDK modules compiled after this one
module io.github.peatmoss.http {
  requires transitive io.github.peatmoss.core;
  requires transitive okhttp3;
  requires kotlin.stdlib;
  requires okio;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires org.slf4j;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.http;
  exports io.github.peatmoss.http.internal to
      io.github.peatmoss.hf,
      io.github.peatmoss.pytorchhub,
      io.github.peatmoss.github,
      io.github.peatmoss.llm;

  opens io.github.peatmoss.http to
      com.fasterxml.jackson.databind;
  opens io.github.peatmoss.http.internal to
      com.fasterxml.jackson.databind;
}
