package io.github.peatmoss.cli;

/** A command line that parsed but does not make sense (exit code 2). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
