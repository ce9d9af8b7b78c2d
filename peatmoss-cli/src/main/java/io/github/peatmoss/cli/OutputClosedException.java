package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * Standard output was closed by its reader (a broken pipe, as in {@code peatmoss ... | head -1}). Thrown from the
 * write that found it, so the command stops at once; {@link Main} ends the run quietly with exit code 0.
 */
final class OutputClosedException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  OutputClosedException(Throwable cause) {
    super("standard output was closed by its reader", cause);
  }
}
