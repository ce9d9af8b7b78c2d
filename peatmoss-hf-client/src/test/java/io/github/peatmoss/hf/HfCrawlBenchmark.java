package io.github.peatmoss.hf;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.RetryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * Crawl benchmark against a local Hub stand-in ({@link FakeHub}) that adds a fixed latency to every answer and
 * enforces one fixed rate-limit window (by default 500 requests per 300 s, the Hub's anonymous API tier),
 * answering with the Hub's {@code RateLimit} headers and 429s. Two crawls run side by side, each against its
 * own server and window: listing alone, and listing plus one README fetch per model (concurrent). Reports
 * models per second, requests per 1,000 models, 429s, and the ceiling the window allows.
 *
 * <p>Not a unit test: run it with {@code ./mvnw -B -q -pl peatmoss-hf-client -am -DskipTests -Pcrawl-benchmark
 * verify} (see docs/BENCHMARKS.md). Settings as system properties: {@code benchmark.listingModels},
 * {@code benchmark.cardModels}, {@code benchmark.pageSize}, {@code benchmark.concurrency}, {@code
 * benchmark.latencyMillis}, {@code benchmark.quota}, {@code benchmark.windowSeconds}.
 */
public final class HfCrawlBenchmark {
  private HfCrawlBenchmark() {}

  /** The outcome of one crawl. */
  record Result(
      String name,
      long models,
      long cardsFound,
      long requests,
      long rejected,
      double seconds,
      int quota,
      int windowSeconds,
      double idealSeconds) {
    double modelsPerSecond() {
      return models / seconds;
    }

    double requestsPer1000Models() {
      return requests * 1000.0 / models;
    }

    /** Models per second the window allows in the long run at this request cost per model. */
    double ceilingModelsPerSecond() {
      return (double) quota / windowSeconds / (requests / (double) models);
    }
  }

  /** Runs both crawls and prints a Markdown table. */
  public static void main(String[] args) throws Exception {
    int listingModels = Integer.getInteger("benchmark.listingModels", 55_000);
    int cardModels = Integer.getInteger("benchmark.cardModels", 545);
    int pageSize = Integer.getInteger("benchmark.pageSize", 100);
    int concurrency = Integer.getInteger("benchmark.concurrency", 4);
    int latency = Integer.getInteger("benchmark.latencyMillis", 50);
    int quota = Integer.getInteger("benchmark.quota", 500);
    int window = Integer.getInteger("benchmark.windowSeconds", 300);
    System.out.printf(
        "crawl benchmark: latency %d ms/request, window %d requests per %d s, page size %d,"
            + " card concurrency %d%n",
        latency, quota, window, pageSize, concurrency);

    CompletableFuture<Result> listing = CompletableFuture.supplyAsync(
        () -> crawl("listing alone", listingModels, pageSize, 1, false, latency, quota, window));
    CompletableFuture<Result> withCards = CompletableFuture.supplyAsync(() -> crawl(
        "listing + card fetch", cardModels, pageSize, concurrency, true, latency, quota, window));
    List<Result> results = List.of(listing.get(), withCards.get());

    System.out.println();
    System.out.println(
        "| crawl | models | requests (429s) | seconds | models/s | requests per 1,000 models"
            + " | window ceiling, models/s | best possible seconds |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (Result r : results) {
      System.out.printf(
          "| %s | %,d | %,d (%d) | %.1f | %.2f | %.1f | %.2f | %.1f |%n",
          r.name(),
          r.models(),
          r.requests(),
          r.rejected(),
          r.seconds(),
          r.modelsPerSecond(),
          r.requestsPer1000Models(),
          r.ceilingModelsPerSecond(),
          r.idealSeconds());
    }
  }

  static Result crawl(
      String name,
      int models,
      int pageSize,
      int concurrency,
      boolean cards,
      int latencyMillis,
      int quota,
      int windowSeconds) {
    FakeHub hub =
        new FakeHub(models, pageSize, latencyMillis, quota, windowSeconds, System::nanoTime);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(hub);
      server.start();
      HfClient hf = HfClient.builder()
          .endpoint(server.url("/").uri())
          .concurrency(concurrency)
          .retryOptions(RetryOptions.builder()
              .maxWait(Duration.ofSeconds(windowSeconds + 30L))
              .build())
          .build();
      ListModelsOptions options =
          ListModelsOptions.peatmoss().toBuilder().limit(pageSize).build();
      long start = System.nanoTime();
      long seen = 0;
      long found = 0;
      for (Page<HfModelInfo> page : hf.listModels(options).byPage()) {
        seen += page.items().size();
        if (cards) {
          List<ModelId> ids =
              page.items().stream().map(HfModelInfo::id).collect(Collectors.toList());
          found += hf.findModelCards(ids).stream().filter(Optional::isPresent).count();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long requests = hub.requests().size();
      long accepted = requests - hub.rejected();
      // Best possible: the first window's quota at full speed, then one more window per quota of
      // requests.
      double perRequest = latencyMillis / 1000.0 / (cards ? concurrency : 1);
      long fullWindows = (accepted - 1) / quota;
      double ideal =
          fullWindows * (double) windowSeconds + (accepted - fullWindows * quota) * perRequest;
      System.out.printf(
          "%s: %,d models, %,d requests, %d answered 429, %.1f s%n",
          name, seen, requests, hub.rejected(), seconds);
      return new Result(
          name, seen, found, requests, hub.rejected(), seconds, quota, windowSeconds, ideal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
