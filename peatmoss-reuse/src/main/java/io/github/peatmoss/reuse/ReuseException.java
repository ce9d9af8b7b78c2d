package io.github.peatmoss.reuse;

import io.github.peatmoss.core.exception.PeatmossException;

/** The reuse detector could not read what it was asked to scan (a missing or unreadable directory). */
public final class ReuseException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what to do. */
  public ReuseException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public ReuseException(String message, Throwable cause) {
    super(message, cause);
  }
}
