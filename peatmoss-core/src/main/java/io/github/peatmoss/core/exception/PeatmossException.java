package io.github.peatmoss.core.exception;

/**
 * Root of every exception the SDK throws on purpose. Never thrown as-is; catch it to handle any SDK failure.
 * Messages say what went wrong and what to do about it, and never contain tokens or other secrets.
 */
public abstract class PeatmossException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected PeatmossException(String message) {
    super(message);
  }

  protected PeatmossException(String message, Throwable cause) {
    super(message, cause);
  }
}
