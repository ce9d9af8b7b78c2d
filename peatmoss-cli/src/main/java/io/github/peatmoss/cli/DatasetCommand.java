package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss dataset} command group. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Read PeaTMOSS databases: info, models, one model, reuse.",
    subcommands = {})
final class DatasetCommand {}
