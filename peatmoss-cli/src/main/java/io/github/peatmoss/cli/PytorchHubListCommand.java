package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.pytorchhub.PytorchHubClient;
import io.github.peatmoss.pytorchhub.PytorchHubEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss pytorch-hub list}: the models of PyTorch Hub. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List PyTorch Hub models (one per entrypoint its pages load).")
final class PytorchHubListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  PytorchHubClientOptions client;

  @Option(
      names = "--pages",
      description = "List the pages with their headers and load calls instead of models.")
  boolean pages;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (PytorchHubClient hub = client.client()) {
      list(hub, out, err);
    }
    out.flush();
    return Main.OK;
  }

  private void list(PytorchHubClient hub, PrintWriter out, PrintWriter err) {
    if (pages) {
      for (PytorchHubEntry entry : hub.listEntries()) {
        if (json.json) {
          Output.jsonLine(out, entry);
        } else {
          out.printf(
              "%-50s %-30s %d models%n",
              entry.file(), entry.title().orElse("-"), entry.toModels().size());
        }
        entry.warnings().forEach(w -> err.println("warning: " + entry.file() + ": " + w));
      }
    } else {
      for (Model model : hub.listModels()) {
        if (json.json) {
          Output.jsonLine(out, model);
        } else {
          out.printf(
              "%-50s %-35s %s%n",
              model.id(), model.repoUrl().orElse("-"), String.join(",", model.tags()));
        }
      }
    }
  }
}
