/**
 * Reads and writes PeaTMOSS SQLite databases; the bundled sample.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
@SuppressWarnings("module") // qualified exports name SDK modules compiled after this one
module io.github.peatmoss.dataset {
  requires transitive io.github.peatmoss.core;
  requires transitive org.jdbi.v3.core;
  requires io.leangen.geantyref;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  requires org.slf4j;
  requires static com.google.errorprone.annotations;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.dataset;
  exports io.github.peatmoss.dataset.internal to
      io.github.peatmoss.hf.snapshot;

  // Resource folders read through a ClassLoader (JDBI's ClasspathSqlLocator).
  opens io.github.peatmoss.dataset.ActivityReader;
  opens io.github.peatmoss.dataset.ActivityUpserts;
  opens io.github.peatmoss.dataset.GitHubUpserts;
  opens io.github.peatmoss.dataset.Lookups;
  opens io.github.peatmoss.dataset.MetadataReader;
  opens io.github.peatmoss.dataset.MiningCheckpoints;
  opens io.github.peatmoss.dataset.ModelReader;
  opens io.github.peatmoss.dataset.ModelUpserts;
  opens io.github.peatmoss.dataset.ReadOnlyDatabase;
  opens io.github.peatmoss.dataset.ReuseReader;
  opens io.github.peatmoss.dataset.SetSync;
  opens io.github.peatmoss.dataset.TableReader;
  opens io.github.peatmoss.dataset.WriterRows;
  opens io.github.peatmoss.dataset.internal.SampleDatasetGenerator;
  opens io.github.peatmoss.dataset.internal.Schema;
  opens io.github.peatmoss.dataset.internal.WritableDatabase;
}
