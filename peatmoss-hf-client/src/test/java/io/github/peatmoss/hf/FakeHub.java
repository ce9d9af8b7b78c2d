package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A local stand-in for the Hub's listing, model-info and resolve endpoints over a synthetic catalogue, in the
 * Hub's wire shapes: JSON arrays paged by a {@code Link} cursor, model objects, README cards with front
 * matter. Optionally adds latency to every answer and enforces one fixed rate-limit window for all requests,
 * answering with IETF {@code RateLimit} headers and 429s as the Hub does. Records every request. Thread-safe.
 */
public final class FakeHub extends Dispatcher {
  private final int modelCount;
  private final int defaultPageSize;
  private final long latencyMillis;
  private final int quota;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Queue<String> requests = new ConcurrentLinkedQueue<>();
  private final AtomicInteger rejected = new AtomicInteger();
  private long windowStart = Long.MIN_VALUE;
  private int used;

  /** A catalogue of {@code modelCount} models, served {@code defaultPageSize} per page, no latency or limit. */
  public FakeHub(int modelCount, int defaultPageSize) {
    this(modelCount, defaultPageSize, 0, Integer.MAX_VALUE, 300, System::nanoTime);
  }

  /**
   * A catalogue answering after {@code latencyMillis} and allowing {@code quota} requests per {@code
   * windowSeconds} fixed window (measured with {@code nanoTime}).
   */
  public FakeHub(
      int modelCount,
      int defaultPageSize,
      long latencyMillis,
      int quota,
      long windowSeconds,
      LongSupplier nanoTime) {
    this.modelCount = modelCount;
    this.defaultPageSize = defaultPageSize;
    this.latencyMillis = latencyMillis;
    this.quota = quota;
    this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
    this.nanoTime = nanoTime;
  }

  /** Returns the id of the model at {@code index} (0-based, in listing order). */
  public static String modelId(int index) {
    return "org" + (index % 7) + "/model-" + String.format("%06d", index);
  }

  /** Returns every request target (path and query) received, in arrival order. */
  public List<String> requests() {
    return new ArrayList<>(requests);
  }

  /** Returns how many requests were answered 429. */
  public int rejected() {
    return rejected.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request.getTarget());
    MockResponse.Builder response = new MockResponse.Builder();
    if (latencyMillis > 0) {
      response.headersDelay(latencyMillis, TimeUnit.MILLISECONDS);
    }
    if (!admit(response)) {
      rejected.incrementAndGet();
      return response.code(429).body("Too Many Requests").build();
    }
    HttpUrl url = request.getUrl();
    List<String> segments = url.pathSegments();
    if (url.encodedPath().equals("/api/models")) {
      return listing(url, response);
    }
    if (segments.size() == 4 && segments.get(0).equals("api") && segments.get(1).equals("models")) {
      int index = indexOf(segments.get(2) + "/" + segments.get(3));
      if (index < 0) {
        return notFound(response);
      }
      return response
          .setHeader("Content-Type", "application/json")
          .body(model(index, true).toString())
          .build();
    }
    if (segments.size() == 5
        && segments.get(2).equals("resolve")
        && segments.get(4).equals("README.md")) {
      int index = indexOf(segments.get(0) + "/" + segments.get(1));
      if (index < 0) {
        return notFound(response);
      }
      if (index % 10 == 9) {
        return response
            .code(404)
            .setHeader("X-Error-Code", "EntryNotFound")
            .setHeader("X-Error-Message", "Entry not found")
            .build();
      }
      return response
          .setHeader("Content-Type", "text/plain; charset=utf-8")
          .body(card(index))
          .build();
    }
    return notFound(response);
  }

  private synchronized boolean admit(MockResponse.Builder response) {
    if (quota == Integer.MAX_VALUE) {
      return true;
    }
    long now = nanoTime.getAsLong();
    if (windowStart == Long.MIN_VALUE || now - windowStart >= windowNanos) {
      windowStart = now;
      used = 0;
    }
    long resetSeconds =
        Math.max(1, (windowStart + windowNanos - now + 999_999_999L) / 1_000_000_000L);
    boolean admitted = used < quota;
    if (admitted) {
      used++;
    }
    response
        .setHeader("RateLimit", "\"api\";r=" + (quota - used) + ";t=" + resetSeconds)
        .setHeader(
            "RateLimit-Policy",
            "\"fixed window\";\"api\";q=" + quota + ";w=" + windowNanos / 1_000_000_000L);
    return admitted;
  }

  private MockResponse listing(HttpUrl url, MockResponse.Builder response) {
    String limitParam = url.queryParameter("limit");
    int limit = limitParam == null ? defaultPageSize : Integer.parseInt(limitParam);
    String cursor = url.queryParameter("cursor");
    int offset = cursor == null
        ? 0
        : Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
            .substring("offset:".length()));
    ArrayNode page = JsonNodeFactory.instance.arrayNode();
    int end = Math.min(modelCount, offset + limit);
    for (int i = offset; i < end; i++) {
      page.add(model(i, false));
    }
    if (end < modelCount) {
      String next = Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8));
      // The Hub's next links are absolute URLs on its public origin.
      HttpUrl nextUrl = url.newBuilder().setQueryParameter("cursor", next).build();
      response.addHeader("Link", "<" + nextUrl + ">; rel=\"next\"");
    }
    return response
        .setHeader("Content-Type", "application/json")
        .body(page.toString())
        .build();
  }

  private static MockResponse notFound(MockResponse.Builder response) {
    return response
        .code(404)
        .setHeader("X-Error-Code", "RepoNotFound")
        .setHeader("X-Error-Message", "Repository not found")
        .build();
  }

  private int indexOf(String id) {
    int dash = id.lastIndexOf('-');
    if (dash < 0) {
      return -1;
    }
    try {
      int index = Integer.parseInt(id.substring(dash + 1));
      return index < modelCount && modelId(index).equals(id) ? index : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private ObjectNode model(int index, boolean full) {
    String id = modelId(index);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("_id", String.format("%024x", index + 1));
    node.put("id", id);
    node.put("author", id.substring(0, id.indexOf('/')));
    node.put("sha", String.format("%040x", (long) index * 7919 + 1));
    node.put("downloads", (long) (modelCount - index) * 10);
    node.put("likes", (modelCount - index) / 3);
    node.put("library_name", "transformers");
    node.put("pipeline_tag", index % 2 == 0 ? "text-classification" : "fill-mask");
    node.put("private", false);
    node.put("gated", false);
    node.put("lastModified", "2025-05-01T10:00:00.000Z");
    node.put("createdAt", "2024-01-01T00:00:00.000Z");
    ArrayNode tags = node.putArray("tags");
    tags.add("transformers")
        .add("pytorch")
        .add("bert")
        .add("en")
        .add("dataset:imdb")
        .add("license:" + (index % 3 == 0 ? "mit" : "apache-2.0"));
    if (index % 4 == 0) {
      tags.add("arxiv:1810.04805");
    }
    ObjectNode config = node.putObject("config");
    config.putArray("architectures").add("BertForMaskedLM");
    config.put("model_type", "bert");
    ObjectNode cardData = node.putObject("cardData");
    cardData.put("license", index % 3 == 0 ? "mit" : "apache-2.0");
    cardData.put("language", "en");
    cardData.putArray("datasets").add("imdb");
    if (full) {
      node.putArray("siblings").addObject().put("rfilename", "README.md");
      node.putObject("safetensors").put("total", 110_000_000L + index);
    }
    return node;
  }

  private String card(int index) {
    return "---\nlicense: " + (index % 3 == 0 ? "mit" : "apache-2.0")
        + "\nlanguage:\n- en\ndatasets:\n- imdb\n"
        + "model-index:\n- name: " + modelId(index).substring(modelId(index).indexOf('/') + 1)
        + "\n  results:\n"
        + "  - task:\n      type: fill-mask\n    dataset:\n      type: imdb\n      name: IMDb\n    metrics:\n"
        + "    - type: accuracy\n      value: 0." + (500 + index % 400) + "\n---\n\n# "
        + modelId(index)
        + "\n\n## Training\n\nTrained on IMDb.\n";
  }
}
