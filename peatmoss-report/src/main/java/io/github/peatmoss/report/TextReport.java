package io.github.peatmoss.report;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a report as aligned text tables: numbers with thousands separators, shares as percentages, one block per
 * section headed by its title (a skipped section says why). The caller owns and flushes the writer.
 */
public final class TextReport {
  private TextReport() {}

  /** Prints the caveat (if any), the header and every section. */
  public static void write(Report report, PrintWriter out) {
    report.caveat().ifPresent(out::println);
    out.println("PeaTMOSS report on " + report.database() + " (schema " + report.schema() + ")");
    for (ReportSection section : report.sections()) {
      out.println();
      writeSection(section, out);
    }
  }

  /** Prints one section: its title, its tables and their notes. */
  public static void writeSection(ReportSection section, PrintWriter out) {
    out.println("== " + section.section().title() + " ==");
    boolean first = true;
    for (Tables.Table table : Tables.of(section)) {
      if (!first) {
        out.println();
      }
      first = false;
      write(table, out);
    }
  }

  private static void write(Tables.Table table, PrintWriter out) {
    if (table.caption != null) {
      out.println(table.caption + ":");
    }
    if (!table.header.isEmpty()) {
      int columns = table.header.size();
      int[] width = new int[columns];
      boolean[] right = new boolean[columns];
      for (int c = 0; c < columns; c++) {
        width[c] = table.header.get(c).length();
        for (List<String> row : table.rows) {
          width[c] = Math.max(width[c], row.get(c).length());
        }
        right[c] = table.numeric(c);
      }
      line(table.header, width, right, out);
      for (List<String> row : table.rows) {
        line(row, width, right, out);
      }
      if (table.rows.isEmpty()) {
        out.println("  (none)");
      }
    }
    for (String note : table.notes) {
      out.println("  " + note);
    }
  }

  private static void line(List<String> cells, int[] width, boolean[] right, PrintWriter out) {
    StringBuilder line = new StringBuilder(" ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      line.append("  ")
          .append(right[c] ? pad + cell : cell + pad); // the line is stripped at the end
    }
    out.println(line.toString().stripTrailing());
  }
}
