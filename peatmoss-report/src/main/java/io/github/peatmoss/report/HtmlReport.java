package io.github.peatmoss.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Writes a report as a self-contained HTML page, {@code DIR/index.html}, with charts drawn by Apache ECharts
 * (from its Maven Central webjar, copied to {@code DIR/echarts.min.js} with its license): the monthly trend per
 * domain, license flows model -> repository as a Sankey diagram of category pairs, links per PTM on log scales,
 * documentation completeness, and more. Styles, data and the page's script are inlined; nothing is fetched from
 * the network, so the page opens offline. Every section's tables follow its charts.
 */
public final class HtmlReport {
  private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
  private static final int FOLD_ROWS = 12;
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new Jdk8Module()).build();

  private HtmlReport() {}

  /**
   * Writes {@code dir/index.html} and {@code dir/echarts.min.js} (creating {@code dir}) and returns the page.
   *
   * @throws ReportException if a file cannot be written (the message names it)
   */
  public static Path write(Report report, Path dir) {
    Objects.requireNonNull(report, "report == null");
    Objects.requireNonNull(dir, "dir == null");
    Path index = dir.resolve("index.html");
    try {
      Files.createDirectories(dir);
      String echarts = WEBJAR + echartsVersion() + "/";
      copy(echarts + "dist/echarts.min.js", dir.resolve("echarts.min.js"));
      copy(echarts + "LICENSE", dir.resolve("echarts-LICENSE.txt"));
      Files.writeString(index, render(report), StandardCharsets.UTF_8);
      return index;
    } catch (IOException e) {
      throw new ReportException(
          "cannot write the HTML report to " + dir + ": " + e.getMessage()
              + "; check that the directory is writable",
          e);
    }
  }

  /** Returns the page's HTML; it expects {@code echarts.min.js} beside it. */
  static String render(Report report) {
    String template = resource("report.html");
    StringBuilder body = new StringBuilder();
    report
        .caveat()
        .ifPresent(c -> body.append("<p class=\"caveat\">").append(escape(c)).append("</p>\n"));
    body.append("<nav><ol>");
    for (ReportSection s : report.sections()) {
      body.append("<li><a href=\"#")
          .append(s.section().key())
          .append("\">")
          .append(escape(s.section().title()))
          .append("</a>")
          .append(s instanceof SkippedSection ? " <span class=\"skipped\">(skipped)</span>" : "")
          .append("</li>");
    }
    body.append("</ol></nav>\n");
    for (ReportSection s : report.sections()) {
      body.append("<section id=\"")
          .append(s.section().key())
          .append("\">\n<h2>")
          .append(escape(s.section().title()))
          .append("</h2>\n");
      if (!(s instanceof SkippedSection)) {
        body.append("<div class=\"charts\" data-section=\"")
            .append(s.section().key())
            .append("\"></div>\n");
      }
      for (Tables.Table table : Tables.of(s)) {
        body.append(table(table));
      }
      body.append("</section>\n");
    }
    String data;
    try {
      // '<' only occurs inside JSON strings, where \u003c means the same: the data cannot close the
      // script tag.
      data = JSON.writeValueAsString(report.jsonFields()).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the report cannot be written as JSON: " + e.getMessage(), e);
    }
    return template
        .replace("{{title}}", escape("PeaTMOSS report: " + report.database()))
        .replace("{{style}}", resource("report.css"))
        .replace(
            "{{heading}}",
            escape("PeaTMOSS report on " + report.database() + " (schema " + report.schema() + ")"))
        .replace("{{body}}", body.toString())
        .replace("{{data}}", data)
        .replace("{{script}}", resource("report.js"));
  }

  private static String table(Tables.Table table) {
    StringBuilder out = new StringBuilder();
    // Long tables (the monthly counts, the audit's pairs) fold away under their caption, so the
    // charts lead.
    boolean fold = table.rows.size() > FOLD_ROWS;
    if (fold) {
      out.append("<details><summary>")
          .append(escape(table.caption == null ? "Table" : table.caption))
          .append(" (")
          .append(table.rows.size())
          .append(" rows)</summary>");
    }
    if (!table.header.isEmpty()) {
      out.append("<table>");
      if (table.caption != null) {
        out.append("<caption>").append(escape(table.caption)).append("</caption>");
      }
      out.append("<thead><tr>");
      for (int c = 0; c < table.header.size(); c++) {
        out.append(table.numeric(c) ? "<th class=\"n\">" : "<th>")
            .append(escape(table.header.get(c)))
            .append("</th>");
      }
      out.append("</tr></thead><tbody>");
      for (List<String> row : table.rows) {
        out.append("<tr>");
        for (int c = 0; c < row.size(); c++) {
          out.append(table.numeric(c) ? "<td class=\"n\">" : "<td>")
              .append(escape(row.get(c)))
              .append("</td>");
        }
        out.append("</tr>");
      }
      if (table.rows.isEmpty()) {
        out.append("<tr><td colspan=\"").append(table.header.size()).append("\">(none)</td></tr>");
      }
      out.append("</tbody></table>");
    }
    if (fold) {
      out.append("</details>");
    }
    out.append('\n');
    for (String note : table.notes) {
      out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    return out.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String echartsVersion() throws IOException {
    try (InputStream in = resourceStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = resourceStream(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Returns a resource of the page ({@code report.css}, ...); package-private for the missing-resource test. */
  static String resource(String name) {
    try (InputStream in = resourceStream("io/github/peatmoss/report/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException(
          "cannot read the report resource " + name + ": " + e.getMessage()
              + "; the peatmoss-report jar is incomplete, rebuild it",
          e);
    }
  }

  private static InputStream resourceStream(String name) throws IOException {
    InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "resource " + name + " is missing from the classpath (is the ECharts webjar on it?)");
    }
    return in;
  }
}
