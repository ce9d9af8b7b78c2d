/**
 * The PeaTMOSS paper's analyses on any PeaTMOSS database, as text, JSON and HTML.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.report {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.dataset;
  requires transitive io.github.peatmoss.licenses;
  requires java.sql;
  requires com.fasterxml.jackson.datatype.jdk8;
  // The ECharts webjar (automatic module named after its file): HtmlReport copies
  // dist/echarts.min.js.
  requires echarts;
  requires static com.google.errorprone.annotations;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.report;

  opens io.github.peatmoss.report to
      com.fasterxml.jackson.databind;
  // Resource folders read through a ClassLoader (JDBI's ClasspathSqlLocator).
  opens io.github.peatmoss.report.Analyses;
  opens io.github.peatmoss.report.html;
}
