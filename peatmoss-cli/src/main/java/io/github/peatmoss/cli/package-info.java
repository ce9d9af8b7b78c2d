/**
 * The {@code peatmoss} command-line tool. Conventions for every command: {@code --json} prints machine-readable
 * results on stdout (one JSON document, or JSON lines for streams) and diagnostics go to stderr; exit code 0 on
 * success, 2 on bad usage, 1 on failure with a one-line message that says what to do.
 */
package io.github.peatmoss.cli;
