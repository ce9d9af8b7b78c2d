package io.github.peatmoss.cli;

import java.io.PrintWriter;

/**
 * Shows mining progress on stderr: one line rewritten in place on a terminal, one line per page otherwise (so
 * logs and tests read it). Never writes to stdout, which stays machine-readable.
 */
final class MiningProgress {
  private final PrintWriter err;
  private final boolean interactive;
  private final long startNanos = System.nanoTime();
  private int lastLength;

  MiningProgress(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  /** Returns whether stderr is a terminal the progress line can be redrawn on. */
  static boolean isTerminal() {
    return System.console() != null;
  }

  void page(long models, long pages, String extra) {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    String line = String.format("mining: %,d models, %,d pages, %.1f models/s%s", models, pages, models / seconds,
        extra.isEmpty() ? "" : ", " + extra);
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
