package io.github.peatmoss.github.testing;

import io.github.peatmoss.github.internal.ServerSentEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * An in-memory Sourcegraph serving {@code /.api/search/stream} as {@code text/event-stream} in Sourcegraph's
 * event shapes: {@code matches} (content matches, in batches), {@code progress} (with skipped reasons), {@code
 * alert}, {@code filters} and {@code done}. The first {@link #drops} streams of each query end early, without
 * {@code done}, after {@link #dropAfter} matches. Thread-safe.
 */
public final class FakeSourcegraph extends Dispatcher {
  /** A file match: repository as Sourcegraph names it ({@code github.com/o/r}), path and commit. */
  public record Match(String repository, String path, String commit) {}

  /** Matches by query (as sent in {@code q}). */
  public final Map<String, List<Match>> results = new ConcurrentHashMap<>();
  /** Alerts (title) by query. */
  public final Map<String, String> alerts = new ConcurrentHashMap<>();
  /** Skipped reasons reported in progress, by query. */
  public final Map<String, String> skipped = new ConcurrentHashMap<>();
  /** Every query received, in order. */
  public final List<String> queries = new CopyOnWriteArrayList<>();
  /** Authorization headers received. */
  public final List<String> authorizations = new CopyOnWriteArrayList<>();
  /** How many streams of each query end early. */
  public volatile int drops;
  /** Matches sent before an early end. */
  public volatile int dropAfter = 2;
  /** Matches per {@code matches} event. */
  public volatile int batch = 2;

  private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (!request.getUrl().encodedPath().equals("/.api/search/stream")) {
      return new MockResponse.Builder().code(404).body("not found").build();
    }
    String q = request.getUrl().queryParameter("q");
    queries.add(q);
    String auth = request.getHeaders().get("Authorization");
    authorizations.add(auth == null ? "" : auth);
    List<Match> matches = results.getOrDefault(q, List.of());
    boolean drop = served.computeIfAbsent(q, k -> new AtomicInteger()).getAndIncrement() < drops;
    int limit = drop ? Math.min(dropAfter, matches.size()) : matches.size();
    Buffer body = new Buffer();
    body.write(ServerSentEvents.encode(
        "progress",
        "{\"done\":false,\"repositoriesCount\":0,\"matchCount\":0,"
            + "\"durationMs\":3,\"skipped\":[]}"));
    for (int i = 0; i < limit; i += batch) {
      List<String> items = new ArrayList<>();
      for (Match m : matches.subList(i, Math.min(limit, i + batch))) {
        items.add("{\"type\":\"content\",\"path\":\"" + m.path() + "\",\"repositoryID\":"
            + Math.abs(m.repository().hashCode()) + ",\"repository\":\"" + m.repository()
            + "\",\"repoStars\":12,\"branches\":[\"\"],"
            + "\"commit\":\"" + m.commit()
            + "\",\"lineMatches\":[{\"line\":\"import x\",\"lineNumber\":0,"
            + "\"offsetAndLengths\":[[0,6]]}]}");
      }
      body.write(ServerSentEvents.encode("matches", "[" + String.join(",", items) + "]"));
    }
    if (!drop) {
      String skip = skipped.get(q);
      body.write(ServerSentEvents.encode(
          "progress",
          "{\"done\":true,\"repositoriesCount\":" + matches.size()
              + ",\"matchCount\":" + matches.size() + ",\"durationMs\":120,\"skipped\":"
              + (skip == null
                  ? "[]"
                  : "[{\"reason\":\"" + skip + "\",\"title\":\"" + skip
                      + " happened\",\"message\":\"m\"," + "\"severity\":\"warn\"}]")
              + "}"));
      body.write(ServerSentEvents.encode(
          "filters",
          "[{\"value\":\"lang:python\",\"label\":\"Python\"," + "\"count\":" + matches.size()
              + ",\"limitHit\":false,\"kind\":\"lang\"}]"));
      String alert = alerts.get(q);
      if (alert != null) {
        body.write(ServerSentEvents.encode(
            "alert",
            "{\"title\":\"" + alert + "\",\"description\":\"d\"," + "\"proposedQueries\":null}"));
      }
      body.write(ServerSentEvents.encode("done", "{}"));
    }
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }
}
