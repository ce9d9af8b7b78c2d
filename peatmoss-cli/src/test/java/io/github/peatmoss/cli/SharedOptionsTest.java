package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.FakeHub;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options several commands share mean the same everywhere ({@code --limit 0}: all) and are offered only where they
 * change something ({@code --concurrency}).
 */
class SharedOptionsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static void collectLimits(CommandLine cli, List<String> into) {
    OptionSpec limit = cli.getCommandSpec().findOption("--limit");
    if (limit != null) {
      into.add(cli.getCommandSpec().qualifiedName() + ": " + String.join(" ", limit.description()));
    }
    cli.getSubcommands().values().forEach(sub -> collectLimits(sub, into));
  }

  @Test
  void everyLimitOption_saysZeroMeansAll() {
    List<String> limits = new ArrayList<>();
    collectLimits(
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
        limits);
    assertThat(limits)
        .hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(l -> assertThat(l).contains("0: all"));
  }

  private static void collectWith(CommandLine cli, String option, List<String> into) {
    if (cli.getCommandSpec().findOption(option) != null) {
      into.add(cli.getCommandSpec().qualifiedName());
    }
    cli.getSubcommands().values().forEach(sub -> collectWith(sub, option, into));
  }

  @Test
  void concurrency_isOfferedOnlyByCommandsThatFetchSeveralThingsAtOnce() {
    List<String> commands = new ArrayList<>();
    collectWith(
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
        "--concurrency",
        commands);
    assertThat(commands).containsExactlyInAnyOrder("peatmoss hf mine", "peatmoss extract batch");
    assertThat(run("hf", "list", "--concurrency", "8")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option").contains("'--concurrency'");
  }

  @Test
  void datasetModels_limitZero_printsEveryModel() {
    assertThat(run("dataset", "models", "--json")).isZero();
    int all = out.toString().split("\n").length;
    assertThat(all).isGreaterThan(1);
    assertThat(run("dataset", "models", "--json", "--limit", "0")).isZero();
    assertThat(out.toString().split("\n")).hasSize(all);
    assertThat(run("dataset", "models", "--json", "--limit", "1")).isZero();
    assertThat(out.toString().split("\n")).hasSize(1);
  }

  @Test
  void hfList_limitZero_printsEveryModel() {
    server.setDispatcher(new FakeHub(25, 10));
    assertThat(
            run("hf", "list", "--endpoint", server.url("/").toString(), "--json", "--limit", "0"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString().split("\n")).hasSize(25);
  }
}
