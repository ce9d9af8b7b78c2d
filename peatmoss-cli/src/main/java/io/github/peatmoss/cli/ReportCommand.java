package io.github.peatmoss.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code peatmoss report} command group; its commands are not in this build yet. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Report on a dataset: the paper's statistics and the license audit. (Not in this build yet.)")
final class ReportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("the 'report' commands are not in this build yet; see README.md for what is");
  }
}
