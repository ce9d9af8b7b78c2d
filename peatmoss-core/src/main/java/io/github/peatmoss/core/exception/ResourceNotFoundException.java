package io.github.peatmoss.core.exception;

/** The requested resource (model, repository, revision, file, ...) does not exist or is not visible to you. */
public class ResourceNotFoundException extends PeatmossServiceException {
  private static final long serialVersionUID = 1L;

  public ResourceNotFoundException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
