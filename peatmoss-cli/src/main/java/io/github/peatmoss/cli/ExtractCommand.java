package io.github.peatmoss.cli;

import picocli.CommandLine.Command;

/** The {@code peatmoss extract} command group. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract PeaTMOSS metadata from model cards: deterministic parsing first, then (optionally) an LLM.",
    subcommands = {ExtractCardCommand.class, ExtractModelCommand.class, ExtractBatchCommand.class})
final class ExtractCommand {}
