package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.internal.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The repository-history endpoints of {@link HfClient}: refs, commits (Link-paginated), discussions
 * (page-numbered) and discussion details. Immutable and thread-safe.
 */
final class RepoHistory {
  private final HfClient client;
  private final HttpTransport transport;
  private final String endpoint;

  RepoHistory(HfClient client, HttpTransport transport) {
    this.client = client;
    this.transport = transport;
    String base = client.endpoint().toString();
    this.endpoint = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  List<GitRef> refs(ModelId id) {
    HttpUrl url = repo(id).addPathSegment("refs").build();
    return HistoryJson.refs(id, transport.getJson(url), "GET " + url.encodedPath());
  }

  PagedIterable<HfCommit> commits(ModelId id, String revision) {
    Objects.requireNonNull(revision, "revision == null");
    if (revision.isBlank()) {
      throw new IllegalArgumentException("revision must not be blank");
    }
    // One path segment: a ref like refs/pr/1 is sent URL-encoded, as the Hub expects.
    HttpUrl first = repo(id).addPathSegment("commits").addPathSegment(revision).build();
    String source = "GET " + first.encodedPath();
    return PagedIterable.of(token -> {
      HttpUrl url = token.map(t -> client.continuation(t, first)).orElse(first);
      HttpTransport.JsonPage page = transport.getJsonPage(url);
      List<HfCommit> items = new ArrayList<>(page.body().size());
      for (JsonNode node : page.body()) {
        items.add(HistoryJson.commit(id, node, source));
      }
      return Page.of(
          items,
          page.next()
              .map(n -> client.continuation(n.toString(), first).toString())
              .orElse(null));
    });
  }

  PagedIterable<HfDiscussionSummary> discussions(ModelId id) {
    HttpUrl base = repo(id).addPathSegment("discussions").build();
    String source = "GET " + base.encodedPath();
    return PagedIterable.of(token -> {
      int number = token.map(RepoHistory::pageNumber).orElse(0);
      HttpUrl url =
          base.newBuilder().addQueryParameter("p", Integer.toString(number)).build();
      JsonNode body = transport.getJson(url);
      JsonNode list = body.get("discussions"); // null for a body that is not an object
      if (list == null || !list.isArray()) {
        throw new DecodeException(
            source + ": expected an object with a 'discussions' array; check the endpoint");
      }
      List<HfDiscussionSummary> items = new ArrayList<>(list.size());
      for (JsonNode node : list) {
        items.add(HistoryJson.summary(id, node, source));
      }
      long count = body.path("count").asLong(0);
      long start = body.path("start").asLong(0);
      boolean more = !items.isEmpty() && start + items.size() < count;
      return Page.of(items, more ? Integer.toString(number + 1) : null);
    });
  }

  Discussion discussion(ModelId id, int num) {
    if (num < 0) {
      throw new IllegalArgumentException("discussion number must be >= 0: " + num);
    }
    HttpUrl url = repo(id)
        .addPathSegment("discussions")
        .addPathSegment(Integer.toString(num))
        .addQueryParameter("diff", "1")
        .build();
    return HistoryJson.discussion(id, transport.getJson(url), endpoint, "GET " + url.encodedPath());
  }

  private HttpUrl.Builder repo(ModelId id) {
    Objects.requireNonNull(id, "id == null");
    return transport
        .baseUrl()
        .newBuilder()
        .addPathSegment("api")
        .addPathSegment("models")
        .addPathSegments(id.value());
  }

  private static int pageNumber(String token) {
    try {
      int number = Integer.parseInt(token);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "continuation token of a discussion listing is a page number >= 0: " + token);
  }
}
