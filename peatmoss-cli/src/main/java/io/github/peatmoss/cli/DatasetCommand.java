package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss dataset} command group; {@link CommandTree} lists its commands. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Read PeaTMOSS databases: info, models, one model, reuse.")
final class DatasetCommand {}
