package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 15: network failures are visible, bounded by --timeout, and a refused connection fails at once. */
class NetworkFailuresTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void aServerThatNeverAnswers_withTimeout_failsAfterOneRetry_sayingWhatItWaitedFor() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .onResponseStart(SocketEffect.Stall.INSTANCE)
          .build());
    }
    assertThat(run(
            "hf", "list", "--endpoint", server.url("/").toString(), "--timeout", "0.5", "--json"))
        .isEqualTo(1);
    String host = server.url("/").host() + ":" + server.getPort();
    assertThat(err.toString().strip().split("\n"))
        .satisfiesExactly(
            retry -> assertThat(retry)
                .startsWith("peatmoss: GET /api/models: no answer within the read timeout of"
                    + " 0.5 s; trying again in ")
                .endsWith("(attempt 2 of 6)"),
            failure -> assertThat(failure)
                .startsWith("peatmoss: GET /api/models failed: " + host
                    + " did not answer within the read timeout of 0.5 s")
                .contains("--timeout"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void nothingListening_failsAtOnce_withoutRetrying() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertThat(run("pytorch-hub", "list", "--endpoint", "http://127.0.0.1:" + port + "/"))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .doesNotContain("trying again")
        .contains("nothing is listening at 127.0.0.1:" + port + " (connection refused)");
  }

  @Test
  void aRetriedServerError_isAnnouncedOnStderr() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body("[]")
        .build());
    assertThat(run("hf", "list", "--endpoint", server.url("/").toString(), "--json"))
        .isZero();
    assertThat(err.toString())
        .startsWith("peatmoss: GET /api/models: 503 Server Error; trying again in ")
        .contains("(attempt 2 of 6)");
  }

  @Test
  void everyCommandWithAnEndpoint_takesTimeout() {
    CommandLine root = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
    List<String> networked = new ArrayList<>();
    for (String name : JsonVocabularyTest.leaves(root, "")) {
      CommandLine command = root;
      for (String part : name.split(" ")) {
        command = command.getSubcommands().get(part);
      }
      if (command.getCommandSpec().findOption("--endpoint") != null) {
        networked.add(name);
        assertThat(command.getCommandSpec().findOption("--timeout"))
            .as(name + " --timeout")
            .isNotNull();
      }
    }
    assertThat(networked).contains("hf list", "hf mine", "pytorch-hub list");
  }
}
