package io.github.peatmoss.cli;

import io.github.peatmoss.dataset.Miner;
import io.github.peatmoss.dataset.MiningSummary;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.pytorchhub.PytorchHubClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss pytorch-hub mine}: PyTorch Hub's models into a PeaTMOSS database through {@link Miner}. */
@Command(
    name = "mine",
    mixinStandardHelpOptions = true,
    description =
        "Mine PyTorch Hub models into a PeaTMOSS database (resumable: rerun the same command to continue).")
final class PytorchHubMineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  PytorchHubClientOptions client;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      required = true,
      description = "Database to create or update.")
  Path db;

  @Option(
      names = "--restart",
      description = "Ignore the stored checkpoint and start from the first page.")
  boolean restart;

  /** The summary line of {@code --json}. */
  record Summary(String db, long models, long pages, boolean complete) {}

  @Override
  public Integer call() {
    MiningProgressPrinter progress = new MiningProgressPrinter(
        spec.commandLine().getErr(), MiningProgressPrinter.isTerminal(), () -> "");
    MiningSummary summary = NothingMined.run(db, progress, () -> {
      try (PytorchHubClient hub = client.client();
          PeatmossWriter writer = PeatmossWriter.open(db)) {
        return Miner.models(client.sourceKey(), hub)
            .restart(restart)
            .listener(progress)
            .build()
            .mine(writer);
      }
    });
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Output.jsonLine(
          out, new Summary(db.toString(), summary.items(), summary.pages(), summary.complete()));
    } else {
      out.println("mined " + summary.items() + " PyTorch Hub models into " + db);
    }
    return Main.OK;
  }
}
