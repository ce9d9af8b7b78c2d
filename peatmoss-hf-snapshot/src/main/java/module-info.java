/**
 * PeaTMOSS detailed snapshots of Hugging Face Hub repositories, incremental.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.hf.snapshot {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.hf;
  requires transitive io.github.peatmoss.dataset;
  requires org.xerial.sqlitejdbc;
  requires org.slf4j;
  requires static com.google.errorprone.annotations;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.hf.snapshot;

  opens io.github.peatmoss.hf.snapshot to
      com.fasterxml.jackson.databind;
  // Resource folders read through a ClassLoader (JDBI's ClasspathSqlLocator).
  opens io.github.peatmoss.hf.snapshot.SnapshotStore;
}
