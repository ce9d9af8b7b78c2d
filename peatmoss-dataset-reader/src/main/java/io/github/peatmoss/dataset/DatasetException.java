package io.github.peatmoss.dataset;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * A PeaTMOSS database could not be read or written. Subclasses tell apart a file that is not a usable
 * PeaTMOSS database ({@link InvalidDatabaseException}) and a question the file's schema cannot answer
 * ({@link UnsupportedSchemaException}); this class itself reports a failed query or write, with the SQLite
 * error as its cause.
 */
public class DatasetException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message saying what went wrong and what to do. */
  public DatasetException(String message) {
    super(message);
  }

  /** Creates an exception with a message saying what went wrong and what to do, and its cause. */
  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
