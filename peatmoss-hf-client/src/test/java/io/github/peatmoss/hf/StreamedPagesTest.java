package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.internal.HttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A listing answer of any size is read as a stream and handed out in bounded pages with resumable tokens. */
class StreamedPagesTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final Set<StreamedPages<?>> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger mapped = new AtomicInteger();

  private HttpTransport transport() {
    return HttpTransport.builder()
        .baseUrl(server.url("/"))
        .retryOptions(RetryOptions.none())
        .build();
  }

  private StreamedPages<String> pages(int maxItems) {
    return new StreamedPages<>(
        transport(),
        server.url("/api/models"),
        node -> {
          mapped.incrementAndGet();
          return node.get("id").asText();
        },
        maxItems,
        open);
  }

  private static String array(int from, int to) {
    return java.util.stream.IntStream.range(from, to)
        .mapToObj(i -> "{\"id\":\"m" + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private MockResponse answer(int from, int to, String next) {
    MockResponse.Builder r = new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(array(from, to));
    if (next != null) {
      r.setHeader("Link", "<" + server.url(next) + ">; rel=\"next\"");
    }
    return r.build();
  }

  private static List<String> ids(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < to; i++) {
      ids.add("m" + i);
    }
    return ids;
  }

  @Test
  void oversizedAnswer_isSplitIntoBoundedPages_overOneRequest() {
    server.enqueue(answer(0, 25, "/api/models?cursor=b"));
    server.enqueue(answer(25, 30, null));
    List<Page<String>> got = new ArrayList<>();
    PagedIterable.of(pages(10)).byPage().forEach(got::add);

    assertThat(got).extracting(p -> p.items().size()).containsExactly(10, 10, 5, 5);
    String first = server.url("/api/models").toString();
    assertThat(got)
        .extracting(p -> p.continuationToken().orElse(null))
        .containsExactly(
            first + "#peatmoss-skip=10",
            first + "#peatmoss-skip=20",
            server.url("/api/models?cursor=b").toString(),
            null);
    assertThat(got.stream().flatMap(p -> p.items().stream())).containsExactlyElementsOf(ids(0, 30));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(open).isEmpty();
  }

  @Test
  void stoppingEarly_readsOnePageAndOneItemAhead_notTheWholeAnswer() {
    server.enqueue(answer(0, 50_000, null));
    StreamedPages<String> pages = pages(100);

    List<String> five = PagedIterable.of(pages).stream().limit(5).toList();

    assertThat(five).containsExactlyElementsOf(ids(0, 5));
    assertThat(mapped).hasValue(100);
    assertThat(open).containsExactly(pages);
    pages.close();
    assertThat(open).isEmpty();
  }

  @Test
  void innerToken_resumesInANewListing_pastTheItemsAlreadyRead() {
    server.enqueue(answer(0, 25, null));
    String token = server.url("/api/models").toString() + "#peatmoss-skip=20";

    Page<String> page = pages(10).fetch(Optional.of(token));

    assertThat(page.items()).containsExactlyElementsOf(ids(20, 25));
    assertThat(page.continuationToken()).isEmpty();
    assertThat(mapped).hasValue(5);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anotherToken_closesTheOpenAnswer_andAsksAgain() {
    server.enqueue(answer(0, 25, null));
    server.enqueue(answer(0, 25, null));
    StreamedPages<String> pages = pages(10);
    Page<String> first = pages.fetch(Optional.empty());
    assertThat(open).containsExactly(pages);

    Page<String> again = pages.fetch(Optional.empty());

    assertThat(again.items()).isEqualTo(first.items());
    assertThat(server.getRequestCount()).isEqualTo(2);
    // The token of the piece the first read kept open still resumes, now by a new request.
    server.enqueue(answer(0, 25, null));
    pages.close();
    assertThat(pages.fetch(first.continuationToken()).items())
        .containsExactlyElementsOf(ids(10, 20));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void answerOfExactlyOnePage_keepsTheNextPageAsToken() {
    server.enqueue(answer(0, 10, "/api/models?cursor=b"));
    Page<String> page = pages(10).fetch(Optional.empty());
    assertThat(page.items()).hasSize(10);
    assertThat(page.continuationToken())
        .hasValue(server.url("/api/models?cursor=b").toString());
    assertThat(open).isEmpty();
  }

  @Test
  void oversizedAnswerLinkingToItself_isStoppedAsACycle() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(0, 15, "/api/models"));
    }
    assertThatThrownBy(() -> PagedIterable.of(pages(10)).stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("cycle of pages")
        .hasMessageEndingWith(server.url("/api/models").toString() + "#peatmoss-skip=10");
  }

  @Test
  void mapperFailure_closesTheAnswer() {
    server.enqueue(new MockResponse.Builder()
        .body("[{\"id\":\"a\"},{\"x\":1},{\"id\":\"c\"}]")
        .build());
    StreamedPages<String> pages = new StreamedPages<>(
        transport(),
        server.url("/api/models"),
        node -> {
          if (!node.has("id")) {
            throw new DecodeException("no id");
          }
          return node.get("id").asText();
        },
        1,
        open);
    Page<String> first = pages.fetch(Optional.empty());
    assertThatThrownBy(() -> pages.fetch(first.continuationToken()))
        .isInstanceOf(DecodeException.class)
        .hasMessage("no id");
    assertThat(open).isEmpty();
  }

  @Test
  void skipOf_readsOnlyItsOwnFragment() {
    assertThat(StreamedPages.skipOf("http://h/api/models")).isZero();
    assertThat(StreamedPages.skipOf("http://h/api/models#other")).isZero();
    assertThat(StreamedPages.skipOf("http://h/api/models#peatmoss-skip=0")).isZero();
    assertThat(StreamedPages.skipOf("http://h/api/models#peatmoss-skip=1234")).isEqualTo(1234);
    assertThatThrownBy(() -> StreamedPages.skipOf("http://h/api/models#peatmoss-skip=-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad peatmoss-skip=");
    assertThatThrownBy(() -> StreamedPages.skipOf("http://h/api/models#peatmoss-skip=x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maxItemsBelowOne_isRejected() {
    assertThatThrownBy(() -> pages(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(pages(1)).isNotNull();
  }

  @Test
  void clientClose_closesListingsHeldOpen() {
    server.enqueue(answer(0, 2_000, null));
    HfClient client = HfClient.builder().endpoint(server.url("/").uri()).build();
    List<HfModelInfo> five =
        client.listModels(ListModelsOptions.builder().build()).stream().limit(5).toList();
    assertThat(five).extracting(m -> m.id().value()).containsExactlyElementsOf(ids(0, 5));
    client.close();
    client.close();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nodeMapperSeesEveryItem_inOrder() {
    server.enqueue(answer(0, 3, null));
    List<JsonNode> seen = new ArrayList<>();
    StreamedPages<JsonNode> pages = new StreamedPages<>(
        transport(),
        server.url("/api/models"),
        n -> {
          seen.add(n);
          return n;
        },
        2,
        open);
    PagedIterable.of(pages).forEach(n -> {});
    assertThat(seen).extracting(n -> n.get("id").asText()).containsExactly("m0", "m1", "m2");
  }
}
