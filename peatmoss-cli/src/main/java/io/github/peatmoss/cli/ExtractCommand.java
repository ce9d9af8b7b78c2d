package io.github.peatmoss.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code peatmoss extract} command group; its commands are not in this build yet. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract structured metadata from model cards (deterministic parsing, then LLM prompts). (Not in this build yet.)")
final class ExtractCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new IllegalStateException("the 'extract' commands are not in this build yet; see README.md for what is");
  }
}
