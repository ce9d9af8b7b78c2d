package io.github.peatmoss.http.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A read of a response body that broke off (connection closed or reset before the announced end); thrown by the
 * bodies {@link #track} returns, so the transport can tell a cut body from a failing handler (a file it cannot
 * write) and send the request again. Timeouts and interruptions are not cuts: they keep their own handling.
 */
final class BodyCut extends IOException {
  private static final long serialVersionUID = 1L;

  private final long bytesRead;
  private final long expectedBytes;

  BodyCut(long bytesRead, long expectedBytes, IOException cause) {
    super(
        cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
    this.bytesRead = bytesRead;
    this.expectedBytes = expectedBytes;
  }

  long bytesRead() {
    return bytesRead;
  }

  /** The announced length, or -1. */
  long expectedBytes() {
    return expectedBytes;
  }

  /** Says how far the body got: {@code after 120 of 240 bytes} or {@code after 120 bytes}. */
  String progress() {
    return "after " + bytesRead + (expectedBytes < 0 ? "" : " of " + expectedBytes) + " bytes";
  }

  /** Returns {@code response} with a body whose read failures are {@link BodyCut}s. */
  static Response track(Response response) {
    ResponseBody body = response.body();
    long expected = body.contentLength();
    ForwardingSource counting = new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        try {
          long n = super.read(sink, byteCount);
          read += Math.max(n, 0);
          return n;
        } catch (InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          throw new BodyCut(read, expected, e);
        }
      }
    };
    return response
        .newBuilder()
        .body(ResponseBody.create(Okio.buffer(counting), body.contentType(), expected))
        .build();
  }

  /** Returns the cut that caused {@code e} (itself or a cause, as a JSON parser may wrap it), or null. */
  static BodyCut of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyCut cut) {
        return cut;
      }
    }
    return null;
  }
}
