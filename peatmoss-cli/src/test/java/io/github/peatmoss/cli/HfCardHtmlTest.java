package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** An HTML page answered with status 200 where the model card should be is a failure, not a card. */
class HfCardHtmlTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static MockResponse loginPage() {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/html; charset=utf-8")
        .body(
            "\n<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Log in to continue</body></html>\n")
        .build();
  }

  @Test
  void card_htmlPageWithStatus200_isAFailureSayingWhatWasReceived() {
    server.enqueue(loginPage());

    int code = Main.run(
        new String[] {"hf", "card", "acme/model", "--endpoint", server.url("/").toString()},
        new PrintWriter(out),
        new PrintWriter(err));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).doesNotContain("no metadata");
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .contains("received an HTML page, not the model card (README.md) of acme/model")
        .contains("check the endpoint");
  }

  @Test
  void card_markdownThatEmbedsHtml_isStillACard() {
    server.enqueue(new MockResponse.Builder()
        .code(200)
        .body("---\nlicense: mit\n---\n<p align=\"center\"><img src=\"logo.png\"></p>\n\n# Model\n")
        .build());

    int code = Main.run(
        new String[] {"hf", "card", "acme/model", "--endpoint", server.url("/").toString()},
        new PrintWriter(out),
        new PrintWriter(err));

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("acme/model")
        .doesNotContain("no metadata")
        .contains("mit");
  }
}
