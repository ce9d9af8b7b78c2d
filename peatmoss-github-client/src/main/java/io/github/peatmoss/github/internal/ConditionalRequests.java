package io.github.peatmoss.github.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Makes GETs conditional: a request with a stored entry goes out with {@code If-None-Match}, and a {@code 304
 * Not Modified} answer (which GitHub does not count against the rate limit) is turned into a 200 carrying the
 * stored body and {@code Link}, with the 304's own headers (rate limits, date) kept. Fresh 200 answers with an
 * {@code ETag} are stored. Runs before the retry interceptor, so a retried request keeps its condition.
 * Thread-safe.
 */
public final class ConditionalRequests implements Interceptor {
  /** Set on responses answered from the store after a 304. */
  public static final String CACHE_HEADER = "X-Peatmoss-Cache";

  private final EtagStore store;
  private final long maxBodyBytes;

  /** Creates the interceptor; bodies larger than {@code maxBodyBytes} are not stored. */
  public ConditionalRequests(EtagStore store, long maxBodyBytes) {
    this.store = store;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!request.method().equals("GET")
        || request.header("If-None-Match") != null
        || request.header("Range") != null) {
      return chain.proceed(request);
    }
    String key = EtagStore.key(
        request.url().toString(), request.header("Accept"), request.header("Authorization"));
    Optional<EtagStore.Entry> entry = store.get(key);
    Request sent = entry
        .map(e -> request.newBuilder().header("If-None-Match", e.etag()).build())
        .orElse(request);
    Response response = chain.proceed(sent);
    if (response.code() == 304 && entry.isPresent()) {
      response.close();
      Map<String, String> stored = entry.get().headers();
      Response.Builder b =
          response.newBuilder().code(200).message("OK").header(CACHE_HEADER, "revalidated");
      String type = stored.get("Content-Type");
      b.body(ResponseBody.create(entry.get().body(), type == null ? null : MediaType.parse(type)));
      if (stored.containsKey("Link")) {
        b.header("Link", stored.get("Link"));
      } else {
        b.removeHeader("Link");
      }
      if (type != null) {
        b.header("Content-Type", type);
      }
      return b.build();
    }
    String etag = response.header("ETag");
    ResponseBody body = response.body();
    if (response.code() != 200 || etag == null || body.contentLength() > maxBodyBytes) {
      return response;
    }
    if (body.source().request(maxBodyBytes + 1)) {
      return response; // too large to keep: handed on unread
    }
    byte[] bytes = body.bytes();
    MediaType type = body.contentType();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", etag);
    if (type != null) {
      headers.put("Content-Type", type.toString());
    }
    String link = response.header("Link");
    if (link != null) {
      headers.put("Link", link);
    }
    store.put(key, new EtagStore.Entry(headers, bytes));
    return response.newBuilder().body(ResponseBody.create(bytes, type)).build();
  }
}
