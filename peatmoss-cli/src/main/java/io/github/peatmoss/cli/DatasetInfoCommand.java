package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.PeatmossDataset;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peatmoss dataset info}: the schema generation and the row count of every table. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Print the schema generation (R1 or R2) and the row count of every table.")
final class DatasetInfoCommand implements Callable<Integer> {
  @Mixin
  JsonOption json;

  @Mixin
  DatabaseOption database;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (PeatmossDataset dataset = database.open()) {
      Map<String, Long> counts = dataset.tableCounts();
      if (json.json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schema", dataset.schema().name());
        document.put("tables", counts);
        Output.jsonLine(out, document);
      } else {
        out.println("database " + database.describe());
        out.println("schema   " + dataset.schema() + " (" + counts.size() + " tables)");
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.forEach((table, count) -> out.printf("  %-" + width + "s  %,d%n", table, count));
      }
    }
    return Main.OK;
  }
}
