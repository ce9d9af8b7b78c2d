package io.github.peatmoss.http;

import io.github.peatmoss.core.exception.TransportException;
import java.util.OptionalLong;

/**
 * An answer's body was cut off mid-way (the connection closed or broke before the server sent all it announced)
 * on every attempt the client's {@link RetryOptions} allow. The server or a proxy is dropping connections: try
 * again later, and check the endpoint and any proxy if it keeps happening.
 */
public class TruncatedBodyException extends TransportException {
  private static final long serialVersionUID = 1L;

  private final long bytesRead;
  private final long expectedBytes;
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param bytesRead the bytes of the body read on the last attempt before it broke off
   * @param expectedBytes the length the server announced, or -1 when it announced none
   * @param attempts how many times the request was sent
   */
  public TruncatedBodyException(
      String message, long bytesRead, long expectedBytes, int attempts, Throwable cause) {
    super(message, cause);
    this.bytesRead = bytesRead;
    this.expectedBytes = expectedBytes;
    this.attempts = attempts;
  }

  /** Returns the bytes of the body read on the last attempt before it broke off. */
  public long bytesRead() {
    return bytesRead;
  }

  /** Returns the body length the server announced ({@code Content-Length}), if it announced one. */
  public OptionalLong expectedBytes() {
    return expectedBytes < 0 ? OptionalLong.empty() : OptionalLong.of(expectedBytes);
  }

  /** Returns how many times the request was sent. */
  public int attempts() {
    return attempts;
  }
}
