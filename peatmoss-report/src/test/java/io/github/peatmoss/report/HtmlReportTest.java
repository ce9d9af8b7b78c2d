package io.github.peatmoss.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.dataset.SchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page as text, without a browser (HtmlReportChromiumTest draws it): the files written, navigation,
 * one chart box per section that ran, tables (escaped, folded when long, numbers right-aligned), notes and the
 * inlined JSON data.
 */
class HtmlReportTest {
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

  private static Report report(ReportSection... sections) {
    return Report.builder()
        .database("my <db> & \"co\".db")
        .schema(SchemaVersion.R1)
        .sections(List.of(sections))
        .build();
  }

  private static HubsSection hubs(int count) {
    HubsSection.Builder b = HubsSection.builder().models(count);
    for (int i = 1; i <= count; i++) {
      b.addByHub(Count.of("hub" + i, 1, count));
    }
    return b.build();
  }

  private static JsonNode data(String html) throws Exception {
    Matcher m = DATA.matcher(html);
    assertThat(m.find()).as("the report-data script").isTrue();
    assertThat(m.group(1)).doesNotContain("<");
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void write_createsTheDirectory_withThePageEchartsAndItsLicense(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("a/b");
    Path page = HtmlReport.write(report(hubs(1)), dir);
    assertThat(page).isEqualTo(dir.resolve("index.html"));
    assertThat(Files.readString(page))
        .startsWith("<!DOCTYPE html>")
        .contains("<script src=\"echarts.min.js\">");
    assertThat(Files.size(dir.resolve("echarts.min.js"))).isGreaterThan(100_000);
    assertThat(Files.readString(dir.resolve("echarts-LICENSE.txt"))).contains("Apache License");
  }

  @Test
  void write_overAnExistingReport_replacesIt(@TempDir Path dir) throws Exception {
    HtmlReport.write(report(hubs(1)), dir);
    Path page = HtmlReport.write(report(hubs(2)), dir);
    assertThat(Files.readString(page)).contains("hub2");
  }

  @Test
  void write_intoAFile_failsNamingTheDirectory(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    assertThatThrownBy(() -> HtmlReport.write(report(hubs(1)), file))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("cannot write the HTML report to " + file + ": ")
        .hasMessageEndingWith("; check that the directory is writable");
  }

  @Test
  void write_rejectsNulls(@TempDir Path dir) {
    assertThatThrownBy(() -> HtmlReport.write(null, dir))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report == null");
    assertThatThrownBy(() -> HtmlReport.write(report(hubs(1)), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dir == null");
  }

  @Test
  void page_titleHeadingAndCaveat_areEscaped() {
    Report report = Report.builder()
        .database("a<b>.db")
        .schema(SchemaVersion.R2)
        .caveat("NOTE: \"synthetic\" & <seeded>")
        .addSection(hubs(1))
        .build();
    String html = HtmlReport.render(report);
    assertThat(html)
        .contains("<title>PeaTMOSS report: a&lt;b&gt;.db</title>")
        .contains("<h1>PeaTMOSS report on a&lt;b&gt;.db (schema R2)</h1>")
        .contains("<p class=\"caveat\">NOTE: &quot;synthetic&quot; &amp; &lt;seeded&gt;</p>")
        .doesNotContain("{{");
    assertThat(HtmlReport.render(report(hubs(1)))).doesNotContain("class=\"caveat\"");
  }

  @Test
  void page_navigatesToEverySection_andDrawsChartsOnlyForThoseThatRan() {
    SkippedSection lineage = SkippedSection.builder()
        .section(Section.LINEAGE)
        .requires("R2")
        .skipped("needs the R2 table model_to_base_model; this file is R1")
        .build();
    String html = HtmlReport.render(report(hubs(1), lineage));
    assertThat(html)
        .contains("<nav><ol><li><a href=\"#ptmsPerHub\">PTMs per hub</a></li>"
            + "<li><a href=\"#lineage\">Base-model lineage</a>"
            + " <span class=\"skipped\">(skipped)</span></li></ol></nav>")
        .contains("<section id=\"ptmsPerHub\">\n<h2>PTMs per hub</h2>\n"
            + "<div class=\"charts\" data-section=\"ptmsPerHub\"></div>\n<table>")
        .contains("<section id=\"lineage\">\n<h2>Base-model lineage</h2>\n"
            + "\n<p class=\"note\">skipped: needs the R2 table model_to_base_model; this file is R1</p>\n"
            + "</section>")
        .doesNotContain("data-section=\"lineage\"");
  }

  @Test
  void tables_haveCaptionsEscapedCells_rightAlignedNumbers_andNotes() {
    DomainsSection domains = DomainsSection.builder()
        .models(5)
        .addByDomain(Count.of("NLP & <vision>", 4, 5))
        .distinctTasks(0)
        .build();
    String html = HtmlReport.render(report(domains));
    assertThat(html)
        .contains(
            "<table><thead><tr><th>domain</th><th class=\"n\">PTMs</th><th class=\"n\">share</th>"
                + "<th class=\"n\">repositories reusing them</th></tr></thead><tbody>"
                + "<tr><td>NLP &amp; &lt;vision&gt;</td><td class=\"n\">4</td><td class=\"n\">80.0%</td>"
                + "<td class=\"n\">0</td></tr></tbody></table>\n"
                + "<p class=\"note\">5 PTMs have a domain; a PTM may have several.</p>\n")
        .contains(
            "<table><caption>Top tasks (0 distinct)</caption><thead><tr><th>task</th><th>PTMs</th>"
                + "<th>share</th></tr></thead><tbody><tr><td colspan=\"3\">(none)</td></tr></tbody></table>\n");
  }

  @Test
  void tables_longerThanTwelveRows_foldUnderTheirCaption() {
    // hubs(n) has n hub rows and a total row.
    assertThat(HtmlReport.render(report(hubs(11)))).doesNotContain("<details>");
    assertThat(HtmlReport.render(report(hubs(12))))
        .contains("<details><summary>Table (13 rows)</summary><table><thead>")
        .contains("</tbody></table></details>\n");
    LicenseAuditSection audit = LicenseAuditSection.builder().links(13).build();
    LicenseAuditSection.Builder many = LicenseAuditSection.builder().links(13);
    for (int i = 0; i < 13; i++) {
      many.addByCategoryPair(PairCount.builder()
          .inbound("in" + i)
          .outbound("out")
          .links(1)
          .compatible(1)
          .conditional(0)
          .unknown(0)
          .incompatible(0)
          .build());
    }
    assertThat(HtmlReport.render(report(audit))).doesNotContain("<details>");
    assertThat(HtmlReport.render(report(many.build())))
        .contains("<details><summary>By category pair (model -&gt; repository) (13 rows)</summary>"
            + "<table><caption>By category pair (model -&gt; repository)</caption>");
  }

  @Test
  void data_isTheReportsJson_thatCannotCloseItsScript() throws Exception {
    Report report = Report.builder()
        .database("x.db")
        .schema(SchemaVersion.R1)
        .caveat("</script><b>")
        .addSection(hubs(1))
        .build();
    String html = HtmlReport.render(report);
    JsonNode data = data(html);
    assertThat(data.get("db").asText()).isEqualTo("x.db");
    assertThat(data.get("schema").asText()).isEqualTo("R1");
    assertThat(data.get("caveat").asText()).isEqualTo("</script><b>");
    assertThat(data.get("ptmsPerHub").get("models").asLong()).isEqualTo(1);
    assertThat(html).contains("\\u003c/script>\\u003cb>");
  }

  @Test
  void aMissingResource_failsSayingTheJarIsIncomplete() {
    assertThatThrownBy(() -> HtmlReport.resource("missing.css"))
        .isInstanceOf(ReportException.class)
        .hasMessage("cannot read the report resource missing.css: resource"
            + " io/github/peatmoss/report/html/missing.css is missing from the classpath (is the ECharts"
            + " webjar on it?); the peatmoss-report jar is incomplete, rebuild it");
  }

  @Test
  void escape_replacesTheFourSpecialCharacters() {
    assertThat(HtmlReport.escape("a & b < c > d \"e\" 'f'"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
  }
}
