package io.github.peatmoss.http.internal;

import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.Sleeper;
import io.github.peatmoss.http.WaitListener;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries idempotent requests (GET, HEAD) on connection failures (but not on a host that does not resolve or a
 * refused connection), timeouts (once), 408, 429, 500, 502, 503, 504 and
 * GitHub's rate-limit 403s, and paces requests through a {@link RateLimiter}. The wait before a retry is, in
 * order: {@code Retry-After}; the reset of a spent window ({@code RateLimit} {@code t}, {@code
 * X-RateLimit-Reset}); one minute for a GitHub secondary limit; else exponential backoff with jitter. A wait
 * longer than {@link RetryOptions#maxWait()} is not slept: the last response is returned and the caller maps
 * it to a {@code RateLimitException}. Thread-safe.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(RetryInterceptor.class);
  private static final Duration SECONDARY_LIMIT_WAIT = Duration.ofMinutes(1);
  /** How often a request that timed out is sent again. */
  static final int TIMEOUT_RETRIES = 1;

  private final RetryOptions options;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RateLimiter limiter;
  private final Function<Request, String> bucketOf;
  private final DoubleSupplier jitter;
  private final WaitListener listener;

  /**
   * Creates the interceptor.
   *
   * @param bucketOf names the rate-limit bucket a request counts against
   * @param jitter returns numbers in [0, 1) for backoff jitter
   * @param listener is told about each retry before its wait ({@link WaitListener#NONE} for no one)
   */
  public RetryInterceptor(
      RetryOptions options,
      Clock clock,
      Sleeper sleeper,
      RateLimiter limiter,
      Function<Request, String> bucketOf,
      DoubleSupplier jitter,
      WaitListener listener) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.limiter = limiter;
    this.bucketOf = bucketOf;
    this.jitter = jitter;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RetryRule rule = request.tag(RetryRule.class);
    boolean idempotent =
        rule != null || request.method().equals("GET") || request.method().equals("HEAD");
    String bucket = bucketOf.apply(request);
    String what = request.method() + " " + request.url().encodedPath();
    int attempt = 0;
    int timeouts = 0;
    while (true) {
      if (options.isPacing()) {
        limiter.acquire(bucket, options.maxWait());
      }
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        // A host that does not resolve is a wrong endpoint or no network: waiting will not change
        // that.
        // Connection refused means nothing listens there: fail at once. A server that took a whole
        // timeout to
        // say nothing gets one more chance, not maxRetries (6 x 60 s of silence helps nobody).
        boolean timeout = e instanceof SocketTimeoutException;
        if (!idempotent
            || attempt >= options.maxRetries()
            || chain.call().isCanceled()
            || e instanceof UnknownHostException
            || e instanceof ConnectException
            || (timeout && timeouts >= TIMEOUT_RETRIES)) {
          throw e;
        }
        timeouts += timeout ? 1 : 0;
        Duration wait = backoff(attempt);
        listener.retrying(
            what,
            timeout
                ? (HttpTransport.isConnectTimeout(e)
                    ? "no connection within the connect" + " timeout of "
                        + HttpTransport.seconds(chain.connectTimeoutMillis())
                    : "no answer within the read" + " timeout of "
                        + HttpTransport.seconds(chain.readTimeoutMillis()))
                : e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()),
            wait,
            attempt + 2,
            options.maxRetries() + 1);
        log.debug(
            "retrying after failure [path={}, attempt={}, waitMs={}, error={}]",
            request.url().encodedPath(),
            attempt + 1,
            wait.toMillis(),
            e.getClass().getSimpleName());
        RateLimiter.sleep(sleeper, wait);
        attempt++;
        continue;
      }
      Instant now = clock.instant();
      RateLimitInfo info = RateLimitHeaders.parse(response.headers(), now);
      limiter.update(bucket, info, response.code() == 429);
      boolean retryable = rule != null ? rule.isRetryable(response) : isRetryable(response, info);
      if (!idempotent || attempt >= options.maxRetries() || !retryable) {
        return response;
      }
      Duration wait = waitBefore(response, info, now, attempt);
      if (wait.compareTo(options.maxWait()) > 0) {
        log.debug(
            "not retrying: wait exceeds maximum [path={}, status={}, waitS={}, maxWaitS={}]",
            request.url().encodedPath(),
            response.code(),
            wait.toSeconds(),
            options.maxWait().toSeconds());
        return response;
      }
      log.debug(
          "retrying [path={}, status={}, attempt={}, waitMs={}]",
          request.url().encodedPath(),
          response.code(),
          attempt + 1,
          wait.toMillis());
      listener.retrying(
          what,
          response.code()
              + (response.message().isEmpty() ? "" : " " + response.message())
              + (response.code() == 429 || isRateLimit403(response, info) ? " (rate limited)" : ""),
          wait,
          attempt + 2,
          options.maxRetries() + 1);
      response.close();
      RateLimiter.sleep(sleeper, wait);
      attempt++;
    }
  }

  /** Returns whether the status (or a GitHub rate-limit 403) is worth sending again. */
  static boolean isRetryable(Response response, RateLimitInfo info) {
    return switch (response.code()) {
      case 408, 429, 500, 502, 503, 504 -> true;
      case 403 -> isRateLimit403(response, info);
      default -> false;
    };
  }

  /** GitHub answers rate limits with 403: primary (remaining 0), {@code Retry-After}, or a secondary marker. */
  static boolean isRateLimit403(Response response, RateLimitInfo info) {
    if (response.code() != 403) {
      return false;
    }
    if (info.isExhausted()
        || response.header("Retry-After") != null
        || response.header("gh-limited-by") != null) {
      return true;
    }
    return isSecondaryLimitBody(response);
  }

  private static boolean isSecondaryLimitBody(Response response) {
    try {
      String body = response.peekBody(8192).string().toLowerCase(Locale.ROOT);
      return body.contains("secondary rate limit") || body.contains("abuse detection");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Returns how long to wait before retrying {@code response}: {@code Retry-After}, else the reset of a spent
   * window, else one minute for a GitHub secondary limit, else backoff.
   */
  Duration waitBefore(Response response, RateLimitInfo info, Instant now, int attempt) {
    return requiredWait(response, info, now).orElseGet(() -> backoff(attempt));
  }

  /** Returns the wait the server asked for, if it asked: {@code Retry-After} or the reset of a spent window. */
  public static Optional<Duration> requiredWait(
      Response response, RateLimitInfo info, Instant now) {
    Optional<Duration> retryAfter = RateLimitHeaders.retryAfter(response.headers(), now);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    boolean limited = response.code() == 429 || response.code() == 403;
    if (limited && info.isExhausted() && info.resetAt().isPresent()) {
      Duration untilReset =
          Duration.between(now, info.resetAt().get()).plus(RateLimiter.RESET_MARGIN);
      return Optional.of(untilReset.isNegative() ? Duration.ZERO : untilReset);
    }
    if (response.code() == 403 && isRateLimit403(response, info)) {
      return Optional.of(SECONDARY_LIMIT_WAIT);
    }
    return Optional.empty();
  }

  /** Returns the backoff before retry {@code attempt + 1}: base * 2^attempt capped, half fixed, half jitter. */
  Duration backoff(int attempt) {
    long base = options.baseDelay().toMillis();
    long cap = options.maxDelay().toMillis();
    long exp = attempt >= 30 ? cap : Math.min(cap, base * (1L << attempt));
    long half = exp / 2;
    return Duration.ofMillis(half + (long) (jitter.getAsDouble() * (exp - half)));
  }
}
