package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.FakeHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a body cut off mid-way is retried and announced; an oversized listing page is read as a stream. */
class CutAndOversizedAnswersTest {
  private static final String ID = "org/bert-tiny";
  private static final String MODEL = "{\"id\":\"" + ID + "\",\"sha\":\"abc\",\"downloads\":7,"
      + "\"likes\":1,\"tags\":[\"license:mit\",\"transformers\",\"en\"],\"gated\":false}";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void recordWaits() {
    NetworkOptions.SLEEPER.set(waits::add);
  }

  @AfterEach
  void restoreWaits() {
    NetworkOptions.SLEEPER.remove();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static MockResponse model(boolean cut) {
    MockResponse.Builder response =
        new MockResponse.Builder().setHeader("Content-Type", "application/json").body(MODEL);
    if (cut) {
      response.onResponseBody(new SocketEffect.CloseSocket());
    }
    return response.build();
  }

  @Test
  void hfModel_bodyCutOnce_isRetried_announcedOnStderr_andSucceeds() {
    server.enqueue(model(true));
    server.enqueue(model(false));

    assertThat(run("hf", "model", ID, "--endpoint", server.url("/").toString())).isZero();

    assertThat(out.toString()).startsWith(ID + "\n").contains("sha:           abc");
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .startsWith("peatmoss: GET /api/models/" + ID + ": the answer was cut off after ")
        .contains(" of " + MODEL.length() + " bytes (")
        .contains("; trying again in ")
        .endsWith("(attempt 2 of 6)");
    assertThat(waits).hasSize(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void hfModel_bodyCutEveryTime_failsWithOneLineSayingWhatToDo() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(model(true));
    }

    assertThat(run("hf", "model", ID, "--endpoint", server.url("/").toString())).isEqualTo(1);

    String[] lines = err.toString().strip().split("\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[4]).endsWith("(attempt 6 of 6)");
    assertThat(lines[5])
        .startsWith("peatmoss: GET /api/models/" + ID + ": the answer was cut off after ")
        .contains("on each of 6 attempts")
        .contains("try again later")
        .doesNotContain("TruncatedBodyException");
    assertThat(waits).hasSize(5);
    assertThat(out.toString()).isEmpty();
  }

  /** A listing answer of {@code count} models, generated as it is written; counts the bytes the client took. */
  static final class HugePage implements MockResponseBody {
    private final int count;
    private final long length;
    final AtomicLong written = new AtomicLong();

    HugePage(int count) {
      this.count = count;
      long n = 2 + Math.max(0, count - 1);
      for (int i = 0; i < count; i++) {
        n += item(i).length;
      }
      this.length = n;
    }

    private static byte[] item(int i) {
      return ("{\"id\":\"" + FakeHub.modelId(i) + "\",\"downloads\":" + (1_000_000 - i)
              + ",\"likes\":3,\"pipeline_tag\":\"fill-mask\",\"library_name\":\"transformers\","
              + "\"tags\":[\"transformers\",\"pytorch\",\"license:mit\",\"en\"],"
              + "\"lastModified\":\"2026-01-02T03:04:05.000Z\"}")
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public long getContentLength() {
      return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      write(sink, new byte[] {'['});
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          write(sink, new byte[] {','});
        }
        write(sink, item(i));
      }
      write(sink, new byte[] {']'});
      sink.flush();
    }

    private void write(BufferedSink sink, byte[] bytes) throws IOException {
      sink.write(bytes);
      sink.emit();
      written.addAndGet(bytes.length);
    }
  }

  @Test
  void hfList_limit5_onOnePageOf200000Models_printsFive_inA64MegabyteHeap_andStopsReading()
      throws Exception {
    HugePage page = new HugePage(200_000);
    assertThat(page.getContentLength())
        .as("a page far larger than the heap")
        .isGreaterThan(40_000_000L);
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(page)
        .build());
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    Process process = ChildCli.process(
            List.of("-Xmx64m"),
            "hf",
            "list",
            "--limit",
            "5",
            "--json",
            "--endpoint",
            server.url("/").toString())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
    assertThat(Files.readString(stderr)).isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readAllLines(stdout))
        .hasSize(5)
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"org"))
        .first()
        .asString()
        .contains(FakeHub.modelId(0));
    assertThat(server.getRequestCount()).isEqualTo(1);
    // The client read one page of at most 1000 models (plus what the socket buffers held) and then
    // hung up.
    assertThat(page.written.get())
        .as("bytes the server could write before the client hung up")
        .isLessThan(page.getContentLength() / 2);
  }
}
