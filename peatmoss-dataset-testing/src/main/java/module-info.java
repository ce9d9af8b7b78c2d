/**
 * JUnit 5 extension handing each test a fresh copy of the bundled sample database.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.dataset.testing {
  requires transitive io.github.peatmoss.dataset;
  requires transitive org.junit.jupiter.api;

  exports io.github.peatmoss.dataset.testing;
}
