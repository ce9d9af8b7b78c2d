package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.PeatmossDataset;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the dataset commands; the bundled sample when absent. */
final class DatabaseOption {
  @Option(names = "--db", paramLabel = "FILE",
      description = "PeaTMOSS SQLite database to read (default: the bundled sample dataset).")
  Path db;

  /** Opens the chosen database read-only; the caller closes it. */
  PeatmossDataset open() {
    return db == null ? PeatmossDataset.openSample() : PeatmossDataset.open(db);
  }

  /** Returns how to name the database in messages. */
  String describe() {
    return db == null ? "the bundled sample" : db.toString();
  }
}
