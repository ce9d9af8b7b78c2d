package io.github.peatmoss.examples;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.dataset.Miner;
import io.github.peatmoss.dataset.MiningListener;
import io.github.peatmoss.dataset.MiningProgress;
import io.github.peatmoss.dataset.MiningSummary;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfToken;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.RetryOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Mines Hugging Face models into a PeaTMOSS database with {@link Miner}: each page and its checkpoint commit in
 * one transaction, so a killed run resumes where it stopped when it is run again. The client is configured once
 * with {@link ClientSettings} (endpoint, user agent, timeouts, retries, concurrency), the form every client
 * builder takes. Usage: {@code MineHubModels [endpoint] [database]} (default {@code https://huggingface.co} and
 * {@code mined.db}); set {@code HF_TOKEN} for gated models and higher limits. Without network access it says so
 * instead of failing.
 */
public final class MineHubModels {
  private MineHubModels() {}

  /** Runs the example. */
  public static void main(String[] args) {
    ClientSettings.Builder settings = ClientSettings.builder()
        .userAgentSuffix("my-study/1.0") // names your study in every request
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(60))
        .retryOptions(RetryOptions.builder().maxWait(Duration.ofMinutes(5)).build())
        .concurrency(4);
    if (args.length > 0) {
      settings.endpoint(URI.create(args[0])); // a mirror or a local server
    }
    HfClient.Builder builder = HfClient.builder().settings(settings.build());
    HfToken.fromEnvironment().ifPresent(builder::token); // HF_TOKEN, if set
    Path database = Path.of(args.length > 1 ? args[1] : "mined.db");

    try (HfClient hub = builder.build();
        PeatmossWriter writer = PeatmossWriter.open(database)) {
      MiningSummary summary = Miner.models("huggingface " + hub.endpoint() + " all", hub)
          .limit(1000) // this run; rerun to go on
          .listener(new MiningListener() {
            @Override
            public void pageWritten(MiningProgress progress) {
              System.out.println(
                  "page " + progress.pages() + ": " + progress.totalItems() + " models");
            }
          })
          .build()
          .mine(writer);
      System.out.println("mined " + summary.items() + " models into " + database
          + (summary.complete() ? " (listing complete)" : "; run again to continue"));
    } catch (PeatmossException e) {
      System.out.println("Could not mine: " + e.getMessage());
      System.out.println("Offline? Pass a mirror or local server as the first argument.");
    }
  }
}
