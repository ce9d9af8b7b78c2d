package io.github.peatmoss.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The {@code peatmoss} command tree, as one table, and the part of it a command line needs.
 *
 * <p>picocli builds a command's model by reflection over its annotations; building all 30-odd commands costs more
 * start-up time than most of them take to run. So the groups' {@code @Command} annotations list no subcommands:
 * this table does, and {@link #forArguments} builds only the root, the named group and the named command
 * ({@code peatmoss licenses check ...}), or the root alone for {@code --version}. Help, an unknown or missing
 * command, or anything unusual builds the whole tree, so every message is the one the whole tree would give.
 * Names here equal the {@code name} of each class's {@code @Command} ({@code CommandTreeTest} checks).
 */
final class CommandTree {
  /** A command: its name, its class, and for a group its commands in help order. */
  record Node(String name, Class<?> type, List<Node> children) {}

  /** The commands under {@code peatmoss}, in help order. */
  static final List<Node> ROOT = List.of(
      group(
          "dataset",
          DatasetCommand.class,
          leaf("info", DatasetInfoCommand.class),
          leaf("models", DatasetModelsCommand.class),
          leaf("model", DatasetModelCommand.class),
          leaf("reuse", DatasetReuseCommand.class)),
      group(
          "hf",
          HfCommand.class,
          leaf("list", HfListCommand.class),
          leaf("model", HfModelCommand.class),
          leaf("card", HfCardCommand.class),
          leaf("mine", HfMineCommand.class),
          leaf("snapshot", HfSnapshotCommand.class)),
      group(
          "pytorch-hub",
          PytorchHubCommand.class,
          leaf("list", PytorchHubListCommand.class),
          leaf("mine", PytorchHubMineCommand.class)),
      group(
          "github",
          GithubCommand.class,
          leaf("repo", GithubRepoCommand.class),
          leaf("search", GithubSearchCommand.class),
          leaf("mine", GithubMineCommand.class),
          leaf("scan", GithubScanCommand.class)),
      group(
          "extract",
          ExtractCommand.class,
          leaf("card", ExtractCardCommand.class),
          leaf("model", ExtractModelCommand.class),
          leaf("batch", ExtractBatchCommand.class)),
      group(
          "licenses",
          LicensesCommand.class,
          leaf("parse", LicensesParseCommand.class),
          leaf("normalize", LicensesNormalizeCommand.class),
          leaf("check", LicensesCheckCommand.class),
          leaf("suggest", LicensesSuggestCommand.class),
          leaf("audit", LicensesAuditCommand.class)),
      leaf("report", ReportCommand.class));

  /** Options the root and the groups take; none has a value, so they never hide a command name. */
  private static final Set<String> VERSION_ONLY = Set.of("-V", "--version", "--stacktrace");

  private CommandTree() {}

  private static Node group(String name, Class<?> type, Node... children) {
    return new Node(name, type, List.of(children));
  }

  private static Node leaf(String name, Class<?> type) {
    return new Node(name, type, List.of());
  }

  /** Returns the whole tree. */
  static CommandLine full() {
    CommandLine root = new CommandLine(new PeatmossCommand());
    for (Node node : ROOT) {
      root.addSubcommand(node.name(), subtree(node));
    }
    return root;
  }

  /** Returns the part of the tree {@code args} needs; the same answers as {@link #full()} for those arguments. */
  static CommandLine forArguments(String[] args) {
    if (args.length > 0
        && VERSION_ONLY.containsAll(List.of(args))
        && (List.of(args).contains("-V") || List.of(args).contains("--version"))) {
      return new CommandLine(new PeatmossCommand());
    }
    int first = nextCommandName(args, 0);
    if (first < 0) {
      return full();
    }
    Node node = find(ROOT, args[first]);
    if (node == null) {
      return full();
    }
    CommandLine root = new CommandLine(new PeatmossCommand());
    if (node.children().isEmpty()) {
      root.addSubcommand(node.name(), new CommandLine(node.type()));
      return root;
    }
    int second = nextCommandName(args, first + 1);
    Node leaf = second < 0 ? null : find(node.children(), args[second]);
    if (leaf == null) {
      root.addSubcommand(node.name(), subtree(node));
    } else {
      CommandLine group = new CommandLine(node.type());
      group.addSubcommand(leaf.name(), new CommandLine(leaf.type()));
      root.addSubcommand(node.name(), group);
    }
    return root;
  }

  private static CommandLine subtree(Node node) {
    CommandLine cli = new CommandLine(node.type());
    for (Node child : node.children()) {
      cli.addSubcommand(child.name(), subtree(child));
    }
    return cli;
  }

  /**
   * Returns the index of the first argument from {@code from} that is not an option, or -1 if there is none or an
   * argument before it could change how the rest is read ({@code --}, an {@code @file}).
   */
  private static int nextCommandName(String[] args, int from) {
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--") || arg.startsWith("@")) {
        return -1;
      }
      if (!arg.startsWith("-")) {
        return i;
      }
    }
    return -1;
  }

  private static Node find(List<Node> nodes, String name) {
    for (Node node : nodes) {
      if (node.name().equals(name)) {
        return node;
      }
    }
    return null;
  }
}
