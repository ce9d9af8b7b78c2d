package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss hf} command group. */
@Command(
    name = "hf",
    mixinStandardHelpOptions = true,
    description =
        "Mine the Hugging Face Hub: list, model, card, mine, snapshot. Set HF_TOKEN for higher rate limits.",
    subcommands = {
      HfListCommand.class,
      HfModelCommand.class,
      HfCardCommand.class,
      HfMineCommand.class,
      HfSnapshotCommand.class
    })
final class HfCommand {}
