package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;

/** Standard input or an input file could not be read; the message names which and why. */
final class InputException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
