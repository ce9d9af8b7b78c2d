package io.github.peatmoss.llm;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * An OpenAI Batch API file could not be written or read, or the extractor cannot take part in a batch (its
 * provider is not OpenAI-compatible, or it has no cache to file imported answers in). The message names the
 * file problem or the missing setting; the cause, when present, is the I/O or JSON error.
 */
public final class BatchFileException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public BatchFileException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public BatchFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
