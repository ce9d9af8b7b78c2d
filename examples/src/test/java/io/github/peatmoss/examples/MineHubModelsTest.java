package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MineHubModelsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  /** A Hub of three models on two pages, in the listing's wire shape, with the user agents it saw. */
  private final List<String> userAgents = new CopyOnWriteArrayList<>();

  private final Dispatcher hub = new Dispatcher() {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      userAgents.add(request.getHeaders().get("User-Agent"));
      if (!request.getUrl().encodedPath().equals("/api/models")) {
        return new MockResponse.Builder().code(404).build();
      }
      boolean second = "2".equals(request.getUrl().queryParameter("cursor"));
      MockResponse.Builder response = new MockResponse.Builder()
          .setHeader("Content-Type", "application/json")
          .body(
              second
                  ? "[" + model("acme/gpt-small", 7) + "]"
                  : "[" + model("acme/bert-tiny", 30) + "," + model("zeta/vit-mini", 12) + "]");
      if (!second) {
        response.setHeader(
            "Link",
            "<" + request.getUrl().newBuilder().setQueryParameter("cursor", "2").build()
                + ">; rel=\"next\"");
      }
      return response.build();
    }
  };

  private static String model(String id, long downloads) {
    return "{\"id\":\"" + id + "\",\"downloads\":" + downloads
        + ",\"likes\":1,\"tags\":[\"pytorch\"],"
        + "\"library_name\":\"transformers\",\"createdAt\":\"2024-01-02T03:04:05.000Z\"}";
  }

  @Test
  void main_minesEveryPageIntoTheDatabase_withTheConfiguredUserAgent() {
    server.setDispatcher(hub);
    Path db = dir.resolve("mined.db");
    String output = run(server.url("/").toString(), db.toString());

    assertThat(output)
        .contains("page 1: 2 models")
        .contains("page 2: 3 models")
        .contains("mined 3 models into " + db + " (listing complete)");
    assertThat(userAgents).isNotEmpty().allSatisfy(ua -> assertThat(ua).contains("my-study/1.0"));
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.findModel(ModelId.of("acme/gpt-small"))).isPresent();
      assertThat(dataset.findModel(ModelId.of("zeta/vit-mini")).orElseThrow().downloads())
          .hasValue(12);
    }

    // A second run starts again from the first page (the listing was complete) and changes nothing.
    assertThat(run(server.url("/").toString(), db.toString()))
        .contains("mined 3 models into " + db + " (listing complete)");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes(
        "### Mining into a database (`Miner`, `ClientSettings`)", "MineHubModels");
  }

  private static String run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      MineHubModels.main(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
