package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.ResourceNotFoundException;

/** The repository and revision exist but the file or folder asked for does not. */
public final class HfEntryNotFoundException extends ResourceNotFoundException {
  private static final long serialVersionUID = 1L;

  HfEntryNotFoundException(
      String message, int statusCode, String requestId, String serviceMessage) {
    super(message, statusCode, requestId, serviceMessage);
  }
}
