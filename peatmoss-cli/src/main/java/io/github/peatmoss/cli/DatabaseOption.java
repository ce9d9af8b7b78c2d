package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.SkippedRow;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the dataset commands; the bundled sample when absent. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "PeaTMOSS SQLite database to read (default: the bundled sample dataset).")
  Path db;

  /** Opens the chosen database read-only; the caller closes it. */
  PeatmossDataset open() {
    return db == null ? PeatmossDataset.openSample() : PeatmossDataset.open(db);
  }

  /**
   * Opens the chosen database, runs {@code work} on it, tells on {@code err} about rows it left out, and closes
   * it.
   */
  <T> T use(PrintWriter err, java.util.function.Function<PeatmossDataset, T> work) {
    try (PeatmossDataset dataset = open()) {
      try {
        return work.apply(dataset);
      } finally {
        reportSkipped(dataset, err);
      }
    }
  }

  /** Returns how to name the database in messages. */
  String describe() {
    return db == null ? "the bundled sample" : db.toString();
  }

  /** Tells on stderr how many rows the typed reads left out, and why the first was, so a skip is never silent. */
  static void reportSkipped(PeatmossDataset dataset, PrintWriter err) {
    long count = dataset.skippedRowCount();
    if (count == 0) {
      return;
    }
    SkippedRow first = dataset.skippedRows().get(0);
    err.println("peatmoss: note: left out " + count + " row(s) no value can hold; first: "
        + first.table() + " row " + first.rowId() + ": " + first.reason());
  }
}
