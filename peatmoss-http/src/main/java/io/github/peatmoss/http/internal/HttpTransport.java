package io.github.peatmoss.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.http.AccessToken;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.Sleeper;
import io.github.peatmoss.http.TruncatedBodyException;
import io.github.peatmoss.http.WaitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends a client's requests: adds {@code User-Agent} and, only to the configured origin, the bearer token;
 * retries and paces through {@link RetryInterceptor}; maps error answers with the client's {@link
 * ServiceErrorMapper}, connection failures to {@link TransportException} and unreadable bodies to {@link
 * DecodeException}. Immutable and thread-safe; the OkHttp client it was given is never changed.
 */
public final class HttpTransport {
  private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient.Builder()
      .connectTimeout(10, TimeUnit.SECONDS)
      .readTimeout(60, TimeUnit.SECONDS)
      .build();

  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final String bearerToken;
  private final String userAgent;
  private final ServiceErrorMapper errorMapper;
  private final List<String> requestIdHeaders;
  private final Clock clock;
  private final RateLimiter rateLimiter;
  private final RetryInterceptor retry;
  private final RetryOptions retryOptions;
  private final Sleeper sleeper;
  private final WaitListener waitListener;

  private HttpTransport(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl == null");
    this.bearerToken = b.bearerToken;
    this.userAgent = Objects.requireNonNull(b.userAgent, "userAgent == null");
    this.errorMapper = b.errorMapper;
    this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
    this.clock = b.clock;
    this.rateLimiter = new RateLimiter(b.clock, b.sleeper, b.waitListener);
    this.retryOptions = b.retryOptions;
    this.sleeper = b.sleeper;
    this.waitListener = b.waitListener;
    this.retry = new RetryInterceptor(
        b.retryOptions, b.clock, b.sleeper, rateLimiter, b.bucketOf, b.jitter, b.waitListener);
    OkHttpClient base = b.httpClient == null ? DEFAULT_CLIENT : b.httpClient;
    this.client = base.newBuilder()
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .addInterceptor(retry)
        .build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL requests are resolved against. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Returns the pacing state, shared by every request of this transport. */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** Returns whether {@code url} has the scheme, host and port of the base URL (the only origin given the token). */
  public boolean isSameOrigin(HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme())
        && url.host().equalsIgnoreCase(baseUrl.host())
        && url.port() == baseUrl.port();
  }

  /**
   * Turns a continuation token of a Link-paginated listing (the next page's URL, as stored) back into a URL of
   * this transport: a URL of another origin keeps its path and query on the base URL, so the token never leaves
   * the configured endpoint.
   *
   * @throws IllegalArgumentException if the token is not a page of the listing that starts at {@code first}
   */
  public HttpUrl continuation(String token, HttpUrl first) {
    HttpUrl url = HttpUrl.parse(token);
    if (url == null || !url.encodedPath().equals(first.encodedPath())) {
      throw new IllegalArgumentException("continuation token is not a page of "
          + first.encodedPath() + " on this endpoint: " + token);
    }
    if (isSameOrigin(url)) {
      return url;
    }
    return baseUrl
        .newBuilder()
        .encodedPath(url.encodedPath())
        .encodedQuery(url.encodedQuery())
        .build();
  }

  /** Returns {@code path} without leading and trailing slashes, for {@code HttpUrl.Builder.addPathSegments}. */
  public static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  /** Returns a GET request for {@code url} with the client's headers. */
  public Request.Builder newRequest(HttpUrl url) {
    Request.Builder request = new Request.Builder().url(url).header("User-Agent", userAgent);
    if (bearerToken != null && isSameOrigin(url)) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return request;
  }

  /** Handles a successful response; the response is closed afterwards. */
  @FunctionalInterface
  public interface ResponseHandler<T> {
    /** Reads what is needed from {@code response}. */
    T handle(Response response) throws IOException;
  }

  /**
   * Sends {@code request} and hands a 2xx response to {@code handler}.
   *
   * @throws io.github.peatmoss.core.exception.PeatmossServiceException for an error answer, as the mapper says
   * @throws TransportException when no answer came back
   * @throws DecodeException when the handler cannot read the body
   */
  public <T> T execute(Request request, ResponseHandler<T> handler) {
    return execute(request, handler, true);
  }

  /**
   * Sends {@code request} like {@link #execute} but never sends it again after the body began to be read: for
   * handlers that hand bytes on (to a caller's stream) which a second attempt would repeat.
   *
   * @throws TruncatedBodyException when the body is cut off mid-way
   */
  public <T> T executeOnce(Request request, ResponseHandler<T> handler) {
    String what = what(request);
    try {
      return once(request, handler, true, what);
    } catch (BodyCut cut) {
      throw truncated(what, cut, 1, false);
    }
  }

  private <T> T execute(Request request, ResponseHandler<T> handler, boolean mapErrors) {
    String what = what(request);
    for (int attempt = 0; ; attempt++) {
      try {
        return once(request, handler, mapErrors, what);
      } catch (BodyCut cut) {
        afterCut(request, what, cut, attempt);
      }
    }
  }

  /** Sends {@code request} once; a body cut off mid-way is left to the caller, every other failure mapped. */
  private <T> T once(Request request, ResponseHandler<T> handler, boolean mapErrors, String what)
      throws BodyCut {
    try (Response response = send(request, mapErrors, what)) {
      return handler.handle(BodyCut.track(response));
    } catch (IOException e) {
      BodyCut cut = BodyCut.of(e);
      if (cut != null) {
        throw cut;
      }
      throw failure(what, e);
    }
  }

  /** Sends {@code request}; an error answer is mapped when {@code mapErrors}, a failure to send always. */
  private Response send(Request request, boolean mapErrors, String what) {
    Response response;
    try {
      response = client.newCall(request).execute();
    } catch (IOException e) {
      throw failure(what, e);
    }
    if (mapErrors && !response.isSuccessful()) {
      try (response) {
        throw errorMapper.toException(
            ServiceErrors.read(response, requestIdHeaders, clock.instant()));
      }
    }
    return response;
  }

  /**
   * After a body was cut off on attempt {@code attempt} (from 0): announces the retry and waits its backoff, or
   * throws when the request may not be sent again.
   *
   * @throws TruncatedBodyException when retries are used up or the request is not idempotent
   */
  void afterCut(Request request, String what, BodyCut cut, int attempt) {
    boolean retryable = request.tag(RetryRule.class) != null
        || request.method().equals("GET")
        || request.method().equals("HEAD");
    if (!retryable || attempt >= retryOptions.maxRetries()) {
      throw truncated(what, cut, attempt + 1, retryable);
    }
    Duration wait = retry.backoff(attempt);
    waitListener.retrying(
        what,
        "the answer was cut off " + cut.progress() + " (" + cut.getMessage() + ")",
        wait,
        attempt + 2,
        retryOptions.maxRetries() + 1);
    try {
      RateLimiter.sleep(sleeper, wait);
    } catch (InterruptedIOException e) {
      throw new TransportException(what + " was interrupted", e);
    }
  }

  private TruncatedBodyException truncated(
      String what, BodyCut cut, int attempts, boolean retried) {
    return new TruncatedBodyException(
        what + ": the answer was cut off " + cut.progress() + " (" + cut.getMessage() + ")"
            + (attempts > 1 ? " on each of " + attempts + " attempts" : "")
            + "; the server or a proxy closed the connection mid-answer: try again later, and if"
            + " it keeps happening check the endpoint " + baseUrl + " and any proxy"
            + (retried ? "" : " (this request is not sent twice)"),
        cut.bytesRead(),
        cut.expectedBytes(),
        attempts,
        cut);
  }

  private static String what(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  /** Maps a failure to send or read (not a cut body) to the exception the caller sees. */
  PeatmossException failure(String what, IOException e) {
    if (e instanceof JsonProcessingException json) {
      return new DecodeException(
          what + ": the response is not the expected JSON (" + json.getOriginalMessage()
              + "); the service or a proxy answered something else, check the endpoint " + baseUrl,
          e);
    }
    if (Thread.currentThread().isInterrupted()) {
      return new TransportException(what + " was interrupted", e);
    }
    if (e instanceof UnknownHostException) {
      return new TransportException(
          what + " failed: cannot resolve host " + baseUrl.host()
              + "; check the endpoint and that this machine has network access",
          e);
    }
    if (e instanceof SocketTimeoutException) {
      return new TransportException(
          what + " failed: " + baseUrl.host() + ":" + baseUrl.port() + " did not "
              + (isConnectTimeout(e)
                  ? "accept a connection within the connect timeout of "
                      + seconds(client.connectTimeoutMillis())
                  : "answer within the read timeout of " + seconds(client.readTimeoutMillis()))
              + " (each attempt); check that the server is up, or allow"
              + " longer (--timeout on the command line, ClientSettings.readTimeout in the API)",
          e);
    }
    if (e instanceof ConnectException) {
      return new TransportException(
          what + " failed: nothing is listening at " + baseUrl.host() + ":" + baseUrl.port()
              + " (connection refused); check the endpoint and that the server is running",
          e);
    }
    return new TransportException(
        what + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage())
            + "; check the network and that " + baseUrl.host() + " is reachable, then try again",
        e);
  }

  /** Returns whether a timeout happened while connecting rather than while waiting for the answer. */
  static boolean isConnectTimeout(IOException e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect");
  }

  /** Returns milliseconds as seconds for messages: {@code 2 s}, {@code 2.5 s}. */
  static String seconds(long millis) {
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /**
   * Sends {@code request} (with the same retries, pacing and failure mapping as {@link #execute}) and hands the
   * final response to {@code handler} whatever its status, for services whose error bodies the caller reads.
   *
   * @throws TransportException when no answer came back
   * @throws DecodeException when the handler cannot read the body
   */
  public <T> T exchange(Request request, ResponseHandler<T> handler) {
    return execute(request, handler, false);
  }

  /** GETs {@code url} and parses the body as a JSON tree. */
  public JsonNode getJson(HttpUrl url) {
    return execute(newRequest(url).build(), response -> readTree(response));
  }

  /**
   * GETs one page of a {@code Link}-paginated JSON listing: the body and the {@code rel="next"} URL.
   *
   * @throws DecodeException when the body is not a JSON array
   */
  public JsonPage getJsonPage(HttpUrl url) {
    return execute(newRequest(url).build(), response -> {
      JsonNode body = readTree(response);
      if (!body.isArray()) {
        throw new DecodeException("GET " + url.encodedPath() + ": expected a JSON array, got "
            + body.getNodeType().name().toLowerCase(Locale.ROOT) + "; check the endpoint "
            + baseUrl);
      }
      HttpUrl finalUrl = response.request().url();
      return new JsonPage(
          body, finalUrl, LinkHeader.next(response.headers(), finalUrl), response.headers());
    });
  }

  /**
   * Opens one page of a {@code Link}-paginated JSON listing for reading item by item, past its first {@code
   * skip} items (which are parsed over, not kept).
   *
   * @throws io.github.peatmoss.core.exception.PeatmossServiceException for an error answer
   * @throws TransportException when no answer came back
   * @throws DecodeException when the body is not a JSON array
   */
  public JsonArrayCursor openJsonArray(HttpUrl url, long skip) {
    if (skip < 0) {
      throw new IllegalArgumentException("skip must be >= 0: " + skip);
    }
    return new JsonArrayCursor(this, newRequest(url).build(), skip);
  }

  /** Sends {@code request} and returns the open 2xx response (the caller closes it); errors are mapped. */
  Response open(Request request, String what) {
    return send(request, true, what);
  }

  /**
   * GETs {@code url} as text (UTF-8 unless the response says otherwise).
   *
   * @throws DecodeException when the body is larger than {@code maxBytes}
   */
  public String getText(HttpUrl url, long maxBytes) {
    return execute(newRequest(url).build(), response -> {
      ResponseBody body = body(response);
      long length = body.contentLength();
      if (length > maxBytes) {
        throw new DecodeException("GET " + url.encodedPath() + ": body of " + length
            + " bytes exceeds the limit of " + maxBytes + " bytes");
      }
      if (body.source().request(maxBytes + 1)) {
        throw new DecodeException(
            "GET " + url.encodedPath() + ": body exceeds the limit of " + maxBytes + " bytes");
      }
      return body.string();
    });
  }

  /** GETs {@code url} into {@code target} (through a temporary file next to it) and returns {@code target}. */
  public Path download(HttpUrl url, Path target) {
    return execute(newRequest(url).build(), response -> {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path temp = Files.createTempFile(parent, ".download-", ".part");
      try (InputStream in = body(response).byteStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      return target;
    });
  }

  private static JsonNode readTree(Response response) throws IOException {
    JsonNode node = Json.mapper().readTree(body(response).byteStream());
    if (node == null || node.isMissingNode()) {
      throw new DecodeException(response.request().method() + " "
          + response.request().url().encodedPath() + ": empty body where JSON was expected");
    }
    return node;
  }

  private static ResponseBody body(Response response) {
    return response.body();
  }

  /**
   * One page of a Link-paginated listing.
   *
   * @param body the JSON array
   * @param url the URL that answered (after redirects)
   * @param next the next page, absent on the last
   * @param headers the response headers
   */
  public record JsonPage(JsonNode body, HttpUrl url, Optional<HttpUrl> next, Headers headers) {}

  /** Builds {@link HttpTransport}s; not thread-safe. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private OkHttpClient httpClient;
    private String bearerToken;
    private String userAgent = "peatmoss-java";
    private RetryOptions retryOptions = RetryOptions.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private Function<Request, String> bucketOf = request -> "default";
    private ServiceErrorMapper errorMapper = ServiceErrors.DEFAULT;
    private List<String> requestIdHeaders = List.of("X-Request-Id");
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private WaitListener waitListener = WaitListener.NONE;

    private Builder() {}

    /**
     * Takes a client's shared settings: OkHttp client, timeouts, user agent, retries, clock, sleeper and jitter.
     * The endpoint is not taken: a client may talk to several, and passes each to {@link #baseUrl(HttpUrl)}.
     */
    public Builder settings(ClientSettings settings) {
      this.httpClient = settings.httpClient().orElse(null);
      this.connectTimeout = settings.connectTimeout();
      this.readTimeout = settings.readTimeout();
      this.userAgent = settings.userAgent();
      this.retryOptions = settings.retryOptions();
      this.clock = settings.clock();
      this.sleeper = settings.sleeper();
      this.jitter = settings.jitter();
      this.waitListener = settings.waitListener();
      return this;
    }

    /** Sets the token sent to the base URL's origin, or empty for anonymous access. */
    public Builder token(Optional<? extends AccessToken> token) {
      this.bearerToken = token.map(AccessToken::value).orElse(null);
      return this;
    }

    /** Sets the base URL; the token is only ever sent to its origin. */
    public Builder baseUrl(HttpUrl baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /** Sets the OkHttp client to derive from (never changed); the default is a shared one. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** Sets the bearer token, or null for anonymous access. */
    public Builder bearerToken(String bearerToken) {
      this.bearerToken = bearerToken;
      return this;
    }

    /** Sets the full {@code User-Agent}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent == null");
      return this;
    }

    /** Sets the retry options. */
    public Builder retryOptions(RetryOptions retryOptions) {
      this.retryOptions = Objects.requireNonNull(retryOptions, "retryOptions == null");
      return this;
    }

    /** Sets the clock rate-limit resets are measured on. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sets how waits are made. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Sets the connect and read timeouts of each attempt. */
    public Builder timeouts(Duration connectTimeout, Duration readTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
      return this;
    }

    /** Sets who is told about each retry and rate-limit wait before it is made. */
    public Builder waitListener(WaitListener waitListener) {
      this.waitListener = Objects.requireNonNull(waitListener, "waitListener == null");
      return this;
    }

    /** Sets the source of backoff jitter, numbers in [0, 1). */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter == null");
      return this;
    }

    /** Sets how requests are assigned to rate-limit buckets. */
    public Builder bucketOf(Function<Request, String> bucketOf) {
      this.bucketOf = Objects.requireNonNull(bucketOf, "bucketOf == null");
      return this;
    }

    /** Sets the mapping of error answers to exceptions. */
    public Builder errorMapper(ServiceErrorMapper errorMapper) {
      this.errorMapper = Objects.requireNonNull(errorMapper, "errorMapper == null");
      return this;
    }

    /** Sets the headers that may carry the service's request id, first match wins. */
    public Builder requestIdHeaders(List<String> requestIdHeaders) {
      this.requestIdHeaders = List.copyOf(requestIdHeaders);
      return this;
    }

    /** Builds the transport. */
    public HttpTransport build() {
      Objects.requireNonNull(baseUrl, "baseUrl is required");
      return new HttpTransport(this);
    }
  }
}
