package io.github.peatmoss.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.TransportException;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.TruncatedBodyException;
import io.github.peatmoss.http.WaitListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body cut off mid-way (the connection closes before the announced length) is sent again, then typed. */
class BodyCutTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();
  private final List<String> announced = new CopyOnWriteArrayList<>();

  private HttpTransport transport(int maxRetries) {
    return HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.5)
        .retryOptions(RetryOptions.builder().maxRetries(maxRetries).build())
        .waitListener(new WaitListener() {
          @Override
          public void retrying(
              String request, String reason, Duration wait, int nextAttempt, int maxAttempts) {
            announced.add(request + " | " + reason + " | " + wait.toMillis() + " ms | "
                + nextAttempt + "/" + maxAttempts);
          }
        })
        .build();
  }

  /** A 2xx answer whose body stops half-way and whose connection then closes. */
  private static MockResponse cut(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .onResponseBody(new SocketEffect.CloseSocket())
        .build();
  }

  private static MockResponse whole(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static String array(int n) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : ",").append("{\"id\":\"org/model-").append(i).append("\"}");
    }
    return s.append(']').toString();
  }

  @Test
  void getJson_cutOnceThenWhole_succeedsAndAnnouncesTheRetry() {
    server.enqueue(cut(array(50)));
    server.enqueue(whole(array(50)));

    JsonNode body = transport(5).getJson(server.url("/api/models"));

    assertThat(body).hasSize(50);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(750));
    assertThat(announced)
        .singleElement()
        .asString()
        .startsWith("GET /api/models | the answer was cut off after ")
        .contains(" of " + array(50).length() + " bytes")
        .endsWith(" | 750 ms | 2/6");
  }

  @Test
  void getJson_cutEveryTime_throwsTypedErrorAfterMaxAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(cut(array(50)));
    }
    HttpTransport t = transport(2);

    assertThatThrownBy(() -> t.getJson(server.url("/api/models")))
        .isInstanceOfSatisfying(TruncatedBodyException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.expectedBytes()).hasValue(array(50).length());
          assertThat(e.bytesRead()).isBetween(1L, array(50).length() - 1L);
        })
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("GET /api/models: the answer was cut off after ")
        .hasMessageContaining(" on each of 3 attempts")
        .hasMessageContaining("try again later")
        .hasMessageNotContaining("not sent twice");
    assertThat(server.getRequestCount()).isEqualTo(3);
    // base 1 s doubling, jitter 0.5: 3/4 of each step; attempts 2 and 3 of 3 announced.
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
    assertThat(announced).hasSize(2);
    assertThat(announced.get(1)).endsWith(" | 1500 ms | 3/3");
  }

  @Test
  void noRetries_oneCutIsFinal() {
    server.enqueue(cut(array(50)));
    assertThatThrownBy(() -> transport(0).getJson(server.url("/x")))
        .isInstanceOfSatisfying(
            TruncatedBodyException.class, e -> assertThat(e.attempts()).isEqualTo(1))
        .hasMessageNotContaining("on each of");
    assertThat(announced).isEmpty();
  }

  @Test
  void post_isNotSentAgain() {
    server.enqueue(cut(array(50)));
    Request post = new Request.Builder()
        .url(server.url("/api/post"))
        .post(RequestBody.create(new byte[0]))
        .build();
    assertThatThrownBy(() -> transport(3).execute(post, r -> r.body().string()))
        .isInstanceOf(TruncatedBodyException.class)
        .hasMessageContaining("(this request is not sent twice)");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void taggedRequest_isSentAgain() {
    server.enqueue(cut(array(50)));
    server.enqueue(whole("{\"ok\":1}"));
    Request post = new Request.Builder()
        .url(server.url("/api/post"))
        .post(RequestBody.create(new byte[0]))
        .tag(RetryRule.class, new RetryRule(r -> false))
        .build();
    String body = transport(3).execute(post, r -> r.body().string());
    assertThat(body).isEqualTo("{\"ok\":1}");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void getText_andDownload_areRetried(@TempDir Path dir) throws IOException {
    server.enqueue(cut(array(50)));
    server.enqueue(whole(array(50)));
    server.enqueue(cut(array(60)));
    server.enqueue(whole(array(60)));
    HttpTransport t = transport(5);

    assertThat(t.getText(server.url("/card"), 1 << 20)).isEqualTo(array(50));
    Path file = t.download(server.url("/file"), dir.resolve("f.json"));

    assertThat(Files.readString(file)).isEqualTo(array(60));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(announced).hasSize(2);
  }

  @Test
  void executeOnce_doesNotRepeatBytesAlreadyHandedOn() {
    server.enqueue(cut(array(50)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HttpTransport t = transport(5);
    Request get = t.newRequest(server.url("/file")).build();

    assertThatThrownBy(() -> t.executeOnce(get, r -> r.body().byteStream().transferTo(out)))
        .isInstanceOfSatisfying(TruncatedBodyException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.bytesRead()).isEqualTo(out.size());
        })
        .hasMessageContaining("(this request is not sent twice)");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(out.size()).isPositive();
  }

  @Test
  void executeOnce_wholeBody_isHandled() {
    server.enqueue(whole("[1]"));
    HttpTransport t = transport(5);
    String body =
        t.executeOnce(t.newRequest(server.url("/x")).build(), r -> r.body().string());
    assertThat(body).isEqualTo("[1]");
  }

  @Test
  void handlerFailure_thatIsNoCut_isNotRetried() {
    server.enqueue(whole("[1]"));
    HttpTransport t = transport(5);
    assertThatThrownBy(() -> t.execute(t.newRequest(server.url("/x")).build(), r -> {
          throw new IOException("disk full");
        }))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(TruncatedBodyException.class)
        .hasMessageContaining("GET /x failed: IOException disk full");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cursor_readsItemByItem_withLinkAndHeaders() {
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .setHeader("Link", "<" + server.url("/api/models?cursor=2") + ">; rel=\"next\"")
        .body(array(3))
        .build());
    try (JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 0)) {
      assertThat(cursor.next()).hasValue(server.url("/api/models?cursor=2"));
      assertThat(cursor.url()).isEqualTo(server.url("/api/models"));
      assertThat(cursor.headers().get("Link")).contains("cursor=2");
      assertThat(ids(cursor)).containsExactly("org/model-0", "org/model-1", "org/model-2");
      assertThat(cursor.position()).isEqualTo(3);
      assertThat(cursor.nextItem()).isEmpty();
    }
  }

  @Test
  void cursor_skipsItems() {
    server.enqueue(whole(array(5)));
    try (JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 3)) {
      assertThat(cursor.position()).isEqualTo(3);
      assertThat(ids(cursor)).containsExactly("org/model-3", "org/model-4");
      assertThat(cursor.next()).isEmpty();
    }
  }

  @Test
  void cursor_cutMidway_readsOnFromTheItemItBrokeAt() {
    server.enqueue(cut(array(2000)));
    server.enqueue(whole(array(2000)));
    List<String> ids;
    try (JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 0)) {
      ids = ids(cursor);
    }
    assertThat(ids).hasSize(2000).doesNotHaveDuplicates();
    assertThat(ids.get(1999)).isEqualTo("org/model-1999");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(announced).singleElement().asString().endsWith("| 750 ms | 2/6");
  }

  @Test
  void cursor_cutEveryTime_throwsTypedError() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(cut(array(2000)));
    }
    JsonArrayCursor cursor = transport(1).openJsonArray(server.url("/api/models"), 0);
    assertThatThrownBy(() -> ids(cursor))
        .isInstanceOfSatisfying(
            TruncatedBodyException.class, e -> assertThat(e.attempts()).isEqualTo(2));
    assertThat(cursor.nextItem()).isEmpty();
  }

  @Test
  void cursor_notAnArray_isDecodeError() {
    server.enqueue(whole("{\"error\":\"no\"}"));
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/api/models"), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessage(
            "GET /api/models: expected a JSON array, got {; check the endpoint " + server.url("/"));
  }

  @Test
  void cursor_unclosedArray_isDecodeError() {
    server.enqueue(whole("[{\"id\":\"a\"}"));
    JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 0);
    assertThat(cursor.nextItem()).isPresent();
    assertThatThrownBy(cursor::nextItem)
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not the expected JSON (Unexpected end-of-input");
  }

  @Test
  void cursor_skipPastTheEnd_saysTheListingChanged() {
    server.enqueue(whole(array(2)));
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/api/models"), 3))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("fewer than 3 items now");
  }

  @Test
  void cursor_negativeSkip_isRejected() {
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/api/models"), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  private static List<String> ids(JsonArrayCursor cursor) {
    List<String> ids = new ArrayList<>();
    for (Optional<JsonNode> item = cursor.nextItem(); item.isPresent(); item = cursor.nextItem()) {
      ids.add(item.get().get("id").asText());
    }
    return ids;
  }

  @Test
  void progress_saysHowFarTheBodyGot_withTheAnnouncedLengthWhenThereWasOne() {
    assertThat(new BodyCut(120, 240, new IOException("reset")).progress())
        .isEqualTo("after 120 of 240 bytes");
    assertThat(new BodyCut(0, 0, new IOException("reset")).progress())
        .isEqualTo("after 0 of 0 bytes");
    assertThat(new BodyCut(120, -1, new IOException("reset")).progress())
        .isEqualTo("after 120 bytes");
    assertThat(new BodyCut(1, -1, new java.io.EOFException())).hasMessage("EOFException");
    assertThat(new BodyCut(1, -1, new IOException("reset"))).hasMessage("IOException: reset");
  }

  @Test
  void of_findsTheCutAmongTheCauses() {
    BodyCut cut = new BodyCut(1, 2, new IOException("reset"));
    assertThat(BodyCut.of(cut)).isSameAs(cut);
    assertThat(BodyCut.of(new IOException("parser", new RuntimeException(cut)))).isSameAs(cut);
    assertThat(BodyCut.of(new IOException("other", new IOException("deeper")))).isNull();
  }

  @Test
  void truncatedBodyException_keepsAZeroLength() {
    TruncatedBodyException e = new TruncatedBodyException("m", 0, 0, 2, null);
    assertThat(e.expectedBytes()).hasValue(0);
    assertThat(e.bytesRead()).isZero();
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(new TruncatedBodyException("m", 5, -1, 1, null).expectedBytes()).isEmpty();
  }

  @Test
  void aBodyThatStalls_isATimeout_notACut_andIsNotSentAgain() {
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(array(50))
        .onResponseBody(SocketEffect.Stall.INSTANCE)
        .build());
    HttpTransport t = HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .timeouts(Duration.ofSeconds(5), Duration.ofMillis(300))
        .clock(time)
        .sleeper(time)
        .build();
    assertThatThrownBy(() -> t.getJson(server.url("/api/models")))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(TruncatedBodyException.class)
        .hasMessageContaining("did not answer within the read timeout of 0.3 s");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cursor_cutWhileSkipping_readsOnFromTheSkipAfterTheRetry() {
    server.enqueue(cut(array(2000)));
    server.enqueue(whole(array(2000)));
    List<String> ids;
    try (JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 1990)) {
      ids = ids(cursor);
    }
    assertThat(ids).hasSize(10).startsWith("org/model-1990").endsWith("org/model-1999");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void cursor_skippingExactlyThePage_leavesNothing() {
    server.enqueue(whole(array(2)));
    try (JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 2)) {
      assertThat(cursor.nextItem()).isEmpty();
      assertThat(cursor.position()).isEqualTo(2);
    }
  }

  @Test
  void cursor_anEmptyBodyOrAScalar_isNamedInTheDecodeError() {
    server.enqueue(whole(""));
    server.enqueue(whole("\"text\""));
    server.enqueue(whole("true"));
    String end = "; check the endpoint " + server.url("/");
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/a"), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /a: expected a JSON array, got an empty body" + end);
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/a"), 0))
        .hasMessage("GET /a: expected a JSON array, got VALUE_STRING" + end);
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/a"), 0))
        .hasMessage("GET /a: expected a JSON array, got true" + end);
  }

  @Test
  void cursor_closedEarly_returnsNoMoreItems() {
    server.enqueue(whole(array(3)));
    JsonArrayCursor cursor = transport(5).openJsonArray(server.url("/api/models"), 0);
    assertThat(cursor.nextItem()).isPresent();
    cursor.close();
    cursor.close();
    assertThat(cursor.nextItem()).isEmpty();
    assertThat(cursor.position()).isEqualTo(1);
  }

  @Test
  void cursor_releasesItsConnection_whenClosedEarly_atTheEnd_andOnADecodeError() {
    okhttp3.ConnectionPool pool = new okhttp3.ConnectionPool();
    HttpTransport t = HttpTransport.builder()
        .baseUrl(server.url("/"))
        .httpClient(new OkHttpClient.Builder().connectionPool(pool).build())
        .clock(time)
        .sleeper(time)
        .build();
    // Pages longer than the parser's buffer, so that only a close releases the connection early.
    server.enqueue(whole(array(5000)));
    server.enqueue(whole(array(5000)));
    server.enqueue(whole("{\"not\":\"" + "an array ".repeat(20_000) + "\"}"));

    JsonArrayCursor early = t.openJsonArray(server.url("/a"), 0);
    assertThat(early.nextItem()).isPresent();
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).as("in use").isEqualTo(1);
    early.close();
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).as("in use").isZero();

    JsonArrayCursor toTheEnd = t.openJsonArray(server.url("/b"), 0);
    assertThat(ids(toTheEnd)).hasSize(5000);
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).as("in use").isZero();

    assertThatThrownBy(() -> t.openJsonArray(server.url("/c"), 0))
        .isInstanceOf(DecodeException.class);
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).as("in use").isZero();
  }

  @Test
  void cursor_aBodyThatIsNoJson_failsWhenOpened() {
    server.enqueue(whole("not json at all"));
    assertThatThrownBy(() -> transport(5).openJsonArray(server.url("/api/models"), 0))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("GET /api/models: the response is not the expected JSON");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
