package io.github.peatmoss.github.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Counts what reached the network, per rate-limit bucket: requests sent and those answered {@code 304 Not
 * Modified} (free on GitHub), and the last {@code X-RateLimit-*} values seen. Installed as a network
 * interceptor, so retries and redirects each count. Thread-safe.
 */
public final class RequestLedger implements Interceptor {
  private final Function<Request, String> bucketOf;
  private final Map<String, long[]> counts = new TreeMap<>();
  private final Map<String, Headers> lastLimits = new TreeMap<>();

  /** Creates a ledger that files each request under {@code bucketOf}, unless the response names its resource. */
  public RequestLedger(Function<Request, String> bucketOf) {
    this.bucketOf = bucketOf;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String resource = response.header("X-RateLimit-Resource");
    String bucket = resource != null ? resource : bucketOf.apply(chain.request());
    synchronized (this) {
      long[] c = counts.computeIfAbsent(bucket, b -> new long[2]);
      c[0]++;
      if (response.code() == 304) {
        c[1]++;
      }
      if (response.header("X-RateLimit-Remaining") != null) {
        lastLimits.put(bucket, response.headers());
      }
    }
    return response;
  }

  /** Returns, per bucket, {requests, notModified}. */
  public synchronized Map<String, long[]> counts() {
    Map<String, long[]> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** Returns, per bucket, the headers of the last response that carried rate-limit headers. */
  public synchronized Map<String, Headers> lastLimitHeaders() {
    return new TreeMap<>(lastLimits);
  }
}
