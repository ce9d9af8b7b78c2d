package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Entry point of the {@code peatmoss} command. */
public final class Main {
  /** Exit code of a command that succeeded. */
  static final int OK = 0;
  /** Exit code of a command that failed; stderr holds a one-line message. */
  static final int FAILURE = 1;
  /** Exit code of a command line that could not be understood. */
  static final int USAGE = 2;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = ProcessStreams.stdout();
    PrintWriter err = ProcessStreams.stderr(out);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The commonest probe of an installation, answered as picocli would without building any
      // command.
      out.println(PeatmossCommand.Version.line());
      out.flush();
      return OK;
    }
    CommandLine cli = configure(CommandTree.forArguments(args), out, err);
    int code;
    try {
      code = cli.execute(args);
      out.flush();
    } catch (OutputClosedException e) {
      code = OK; // the reader of stdout went away: nothing more to say
    }
    err.flush();
    return code;
  }

  /** Returns the whole command tree, configured as {@link #run} configures the part it builds. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return configure(CommandTree.full(), out, err);
  }

  /** Sets streams and handlers on {@code cli} and every command under it (so call it after adding them). */
  private static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : FAILURE);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("peatmoss: " + e.getMessage());
      failed
          .getErr()
          .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof OutputClosedException) {
        return OK;
      }
      failed.getErr().println("peatmoss: " + describe(e));
      Object root = failed.getCommandSpec().root().userObject();
      if (root instanceof PeatmossCommand && ((PeatmossCommand) root).stacktrace) {
        e.printStackTrace(failed.getErr());
      }
      return e instanceof UsageException ? USAGE : FAILURE;
    });
    return cli;
  }

  /**
   * The Java settings library messages name as a remedy, and the option that is that setting on the command
   * line. {@code MainTest} checks that every such name in a library message is here.
   */
  static final Map<String, String> OPTIONS_FOR_API_NAMES = Map.of(
      "RetryOptions.maxWait", "--max-wait",
      "ClientSettings.readTimeout", "--timeout",
      "ClientSettings.connectTimeout", "--timeout");

  /** Returns {@code message} with the Java settings it names as remedies replaced by their options. */
  static String forCommandLine(String message) {
    // "(--x on the command line, Some.setting in the API)", as library messages give both, keeps
    // the option.
    String result = Pattern.compile(
            "\\((--[a-z-]+) on the command line, [A-Z]\\w*\\.\\w+ in the API\\)")
        .matcher(message)
        .replaceAll("($1)");
    for (Map.Entry<String, String> e : OPTIONS_FOR_API_NAMES.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }

  /** Returns a one-line message for a failure; unexpected ones name their type so a bug report can quote it. */
  static String describe(Exception e) {
    String message =
        e.getMessage() == null ? "" : forCommandLine(e.getMessage().replace('\n', ' '));
    if (e instanceof PeatmossException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof UsageException) {
      return message;
    }
    return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
        + " (unexpected; rerun with --stacktrace and report it)";
  }
}
