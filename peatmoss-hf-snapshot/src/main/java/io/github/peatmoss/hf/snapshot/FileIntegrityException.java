package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.exception.PeatmossException;

/**
 * A downloaded file's bytes did not match the size or hash the Hub lists for it, on every attempt. Nothing of
 * the file is left behind.
 */
public class FileIntegrityException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** Creates an exception for the repository file {@code path}, with a message saying what to do. */
  public FileIntegrityException(String path, String message) {
    super(message);
    this.path = path;
  }

  /** Returns the path of the file in its repository. */
  public String path() {
    return path;
  }
}
