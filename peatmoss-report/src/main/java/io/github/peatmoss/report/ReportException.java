package io.github.peatmoss.report;

import io.github.peatmoss.core.exception.PeatmossException;

/** A report could not be written (for example the HTML directory is not writable); the message says what to do. */
public class ReportException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message saying what went wrong and what to do, and its cause. */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
