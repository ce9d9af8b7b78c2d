package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * A batch run stopped before every card was extracted: interrupted, or a worker failed in a way that is not an
 * SDK failure. Cards already written stay in the database and answers already paid for stay in the cache, so
 * running the same command again continues at no cost for them.
 */
final class BatchAbortedException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  BatchAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
