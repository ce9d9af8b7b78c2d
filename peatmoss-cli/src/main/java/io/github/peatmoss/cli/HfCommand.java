package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss hf} command group. */
@Command(
    name = "hf",
    mixinStandardHelpOptions = true,
    description = "Mine the Hugging Face Hub: list, model, card, mine.",
    subcommands = {})
final class HfCommand {}
