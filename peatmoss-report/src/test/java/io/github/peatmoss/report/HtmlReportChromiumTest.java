package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the bundled sample, loaded in headless Chromium: no console error, no uncaught exception,
 * no failed load (nothing is fetched from the network: every script is in the directory), and every chart drawn
 * (an SVG with shapes in each chart box). Writes the page and a screenshot to {@code target/html-report/}. Fails,
 * never skips, without Chromium.
 */
class HtmlReportChromiumTest {
  private static final int WIDTH = 1280;

  @Test
  void sampleReport_rendersEveryChart_withoutConsoleErrors() throws Exception {
    Path chromium = HeadlessChromium.find().orElse(null);
    if (chromium == null) {
      fail(
          "this test needs Chromium and found none on the PATH; install it with"
              + " 'apt-get update && apt-get install -y chromium' (Debian; .ci/run installs it when missing)");
    }
    Path dir = Path.of("target", "html-report").toAbsolutePath();
    Path page = HtmlReport.write(PeatmossReport.create().runSample(), dir);
    assertThat(Files.readString(page)).doesNotContain("src=\"http", "href=\"http");

    try (HeadlessChromium browser = new HeadlessChromium(chromium, WIDTH, 900)) {
      browser.load(page);
      JsonNode charts = browser.evaluate(
          "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>"
              + " r(Array.from(document.querySelectorAll('.charts[data-section]')).map(box => ({"
              + "   section: box.dataset.section,"
              + "   charts: Array.from(box.querySelectorAll('.chart')).map(c => {"
              + "     const svg = c.querySelector('svg');"
              + "     return { width: c.clientWidth, height: c.clientHeight,"
              + "       shapes: svg ? svg.querySelectorAll('path, rect, circle, polyline, polygon').length : 0,"
              + "       texts: svg ? svg.querySelectorAll('text').length : 0 };"
              + "   })"
              + " }))))))");
      List<String> problems = new ArrayList<>();
      int drawn = 0;
      for (JsonNode box : charts) {
        if (box.get("charts").isEmpty()) {
          problems.add(box.get("section").asText() + ": no chart");
        }
        for (JsonNode chart : box.get("charts")) {
          if (chart.get("shapes").asInt() < 3
              || chart.get("texts").asInt() < 1
              || chart.get("width").asInt() == 0) {
            problems.add(box.get("section").asText() + ": an empty chart " + chart);
          } else {
            drawn++;
          }
        }
      }
      assertThat(browser.errors())
          .as("console errors, exceptions, failed loads")
          .isEmpty();
      assertThat(charts).as("chart boxes").hasSize(Section.values().length);
      assertThat(problems).isEmpty();
      assertThat(drawn).isGreaterThanOrEqualTo(14);

      byte[] png = browser.screenshot(WIDTH);
      assertThat(Arrays.copyOf(png, 4))
          .containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
      assertThat(png.length).isGreaterThan(50_000);
      Files.write(dir.resolve("screenshot.png"), png);
    }
  }
}
