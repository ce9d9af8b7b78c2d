package io.github.peatmoss.core.exception;

/**
 * Input could not be read as the expected format: a response body, a JSON or YAML document, a model card.
 * The message names the source and the problem; the cause, when present, is the parser's own error.
 */
public class DecodeException extends PeatmossException {
  private static final long serialVersionUID = 1L;

  public DecodeException(String message) {
    super(message);
  }

  public DecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
