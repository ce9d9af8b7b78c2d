package io.github.peatmoss.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.github.testing.LoopbackServers;
import java.io.IOException;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the interceptor stores, what it revalidates, and what a 304 turns back into. */
class ConditionalRequestsTest {
  private static final int MAX = 10;

  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  @TempDir
  Path dir;

  private OkHttpClient http() {
    return new OkHttpClient.Builder()
        .addInterceptor(new ConditionalRequests(new EtagStore(dir), MAX))
        .build();
  }

  private String get(Request.Builder request) throws IOException {
    try (Response response = http().newCall(request.build()).execute()) {
      return response.code() + " " + response.body().string() + " "
          + response.header("Content-Type") + " " + response.header("Link") + " "
          + response.header(ConditionalRequests.CACHE_HEADER);
    }
  }

  private Request.Builder request() {
    return new Request.Builder().url(server.url("/r"));
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().setHeader("ETag", "\"e\"").body(body).build();
  }

  private static MockResponse notModified() {
    return new MockResponse.Builder().code(304).setHeader("ETag", "\"e\"").build();
  }

  /** Returns the If-None-Match the second of two requests carried. */
  private String secondCondition() throws InterruptedException {
    server.takeRequest();
    return server.takeRequest().getHeaders().get("If-None-Match");
  }

  @Test
  void storedAnswer_isRevalidated_andRestoredWithItsTypeAndLink() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .setHeader("ETag", "\"e\"")
        .setHeader("Content-Type", "application/json")
        .setHeader("Link", "<https://x/r?page=2>; rel=\"next\"")
        .body("[1]")
        .build());
    server.enqueue(notModified());
    assertThat(get(request()))
        .isEqualTo("200 [1] application/json <https://x/r?page=2>; rel=\"next\" null");
    assertThat(get(request()))
        .isEqualTo("200 [1] application/json <https://x/r?page=2>; rel=\"next\" revalidated");
    assertThat(secondCondition()).isEqualTo("\"e\"");
  }

  @Test
  void storedAnswerWithoutTypeOrLink_isRestoredWithout() throws Exception {
    server.enqueue(ok("[2]"));
    server.enqueue(new MockResponse.Builder()
        .code(304)
        .setHeader("ETag", "\"e\"")
        .setHeader("Link", "<https://x/r?page=9>; rel=\"next\"")
        .build());
    get(request());
    assertThat(get(request())).isEqualTo("200 [2] null null revalidated");
  }

  @Test
  void bodyOfExactlyTheLimit_isStored_oneByteMore_isNot() throws Exception {
    server.enqueue(ok("0123456789"));
    server.enqueue(notModified());
    get(request());
    assertThat(get(request())).startsWith("200 0123456789 ");
    assertThat(secondCondition()).isEqualTo("\"e\"");

    Request.Builder other = new Request.Builder().url(server.url("/big"));
    server.enqueue(ok("0123456789A"));
    server.enqueue(ok("0123456789A"));
    assertThat(get(other)).startsWith("200 0123456789A ");
    get(other);
    assertThat(secondCondition()).as("too large to keep").isNull();
  }

  @Test
  void chunkedBody_overTheLimit_isHandedOnUnstored() throws Exception {
    Request.Builder chunked = new Request.Builder().url(server.url("/chunked"));
    server.enqueue(new MockResponse.Builder()
        .setHeader("ETag", "\"e\"")
        .chunkedBody(new Buffer().writeUtf8("0123456789A"), 3)
        .build());
    server.enqueue(ok("x"));
    assertThat(get(chunked)).startsWith("200 0123456789A ");
    get(chunked);
    assertThat(secondCondition()).isNull();

    Request.Builder exact = new Request.Builder().url(server.url("/exact"));
    server.enqueue(new MockResponse.Builder()
        .setHeader("ETag", "\"e\"")
        .chunkedBody(new Buffer().writeUtf8("0123456789"), 3)
        .build());
    server.enqueue(notModified());
    get(exact);
    assertThat(get(exact)).startsWith("200 0123456789 ");
    assertThat(secondCondition()).isEqualTo("\"e\"");
  }

  @Test
  void rangeRequests_andAnswersWithoutETag_areNotConditional() throws Exception {
    server.enqueue(ok("0123"));
    server.enqueue(ok("0123"));
    get(request().header("Range", "bytes=0-3"));
    get(request().header("Range", "bytes=0-3"));
    assertThat(secondCondition()).isNull();

    Request.Builder plain = new Request.Builder().url(server.url("/plain"));
    server.enqueue(new MockResponse.Builder().body("a").build());
    server.enqueue(new MockResponse.Builder().body("a").build());
    get(plain);
    get(plain);
    assertThat(secondCondition()).isNull();
  }

  @Test
  void callersOwnCondition_isLeftAlone() throws Exception {
    server.enqueue(ok("a"));
    server.enqueue(notModified());
    get(request());
    assertThat(get(request().header("If-None-Match", "\"mine\""))).startsWith("304 ");
    assertThat(secondCondition()).isEqualTo("\"mine\"");
  }
}
