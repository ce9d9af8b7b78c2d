package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.MiningListener;
import io.github.peatmoss.dataset.MiningProgress;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Shows a {@link io.github.peatmoss.dataset.Miner}'s progress on stderr: one line rewritten in place on a
 * terminal, one line per committed page otherwise (so logs and tests read it). Never writes to stdout.
 */
final class MiningProgressPrinter implements MiningListener {
  private boolean resumed;
  private final PrintWriter err;
  private final boolean interactive;
  private final Supplier<String> extra;
  private final long startNanos = System.nanoTime();
  private int lastLength;

  MiningProgressPrinter(PrintWriter err, boolean interactive, Supplier<String> extra) {
    this.err = err;
    this.interactive = interactive;
    this.extra = extra;
  }

  /** Returns whether stderr is a terminal the progress line can be redrawn on. */
  static boolean isTerminal() {
    return System.console() != null;
  }

  /** Returns whether the run started from a stored checkpoint. */
  boolean resumed() {
    return resumed;
  }

  @Override
  public void resumed(String source, String continuationToken) {
    resumed = true;
    err.println("resuming from checkpoint (stored in the database)");
    err.flush();
  }

  @Override
  public void pageWritten(MiningProgress progress) {
    double seconds = Math.max(1e-3, elapsedSeconds());
    String more = extra.get();
    String line = String.format(
        "mining: %,d models, %,d pages, %.1f models/s%s",
        progress.items(),
        progress.pages(),
        progress.items() / seconds,
        more.isEmpty() ? "" : ", " + more);
    if (interactive) {
      err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  void finish() {
    if (interactive && lastLength > 0) {
      err.println();
      err.flush();
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
