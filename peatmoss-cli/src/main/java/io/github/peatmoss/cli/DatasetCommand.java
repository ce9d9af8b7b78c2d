package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss dataset} command group. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Read PeaTMOSS databases: info, models, one model, reuse.",
    subcommands = {
      DatasetInfoCommand.class,
      DatasetModelsCommand.class,
      DatasetModelCommand.class,
      DatasetReuseCommand.class
    })
final class DatasetCommand {}
