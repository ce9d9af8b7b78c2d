package io.github.peatmoss.cli;

import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.Sleeper;
import io.github.peatmoss.http.WaitListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every networked command shares ({@code --timeout}), and the announcements of its waits: each retry
 * and each rate-limit wait is one line on stderr saying what, why, how long and which attempt. Mixed into the
 * client options of each command group; a new networked command builds its client from
 * {@link #settings(ClientSettings)}.
 */
final class NetworkOptions {
  /**
   * How the clients of commands run on this thread wait before a retry: the wall clock, except in tests, which
   * record the waits instead of making them.
   */
  static final ThreadLocal<Sleeper> SLEEPER = ThreadLocal.withInitial(() -> Sleeper.SYSTEM);

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Connect and read timeout of each request attempt (default: 10 s to connect, 60 s for an"
              + " answer). A request that times out is tried once more; one refused is not retried.")
  Double timeoutSeconds;

  /** Returns {@code base} with the timeouts asked for and the stderr announcements. */
  ClientSettings settings(ClientSettings base) {
    ClientSettings.Builder settings = base.toBuilder()
        .waitListener(new StderrAnnouncer(mixee.commandLine().getErr()))
        .sleeper(SLEEPER.get());
    if (timeoutSeconds != null) {
      if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
        throw new UsageException("--timeout takes seconds between 0 and 86400: " + timeoutSeconds);
      }
      Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
      settings.connectTimeout(timeout).readTimeout(timeout);
    }
    return settings.build();
  }

  /** Prints each wait as one line on stderr, before it is made. */
  static final class StderrAnnouncer implements WaitListener {
    private final PrintWriter err;

    StderrAnnouncer(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void retrying(
        String request, String reason, Duration wait, int nextAttempt, int maxAttempts) {
      err.println("peatmoss: " + request + ": " + reason + "; trying again in " + seconds(wait)
          + " (attempt " + nextAttempt + " of " + maxAttempts + ")");
      err.flush();
    }

    @Override
    public void rateLimited(String bucket, Duration wait, Instant resetAt) {
      err.println("peatmoss: rate limit '" + bucket + "' spent; waiting " + seconds(wait)
          + " for its reset at " + resetAt);
      err.flush();
    }

    private static String seconds(Duration d) {
      return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
  }
}
