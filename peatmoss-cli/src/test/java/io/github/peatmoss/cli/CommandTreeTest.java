package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandTreeTest {
  /** Every command of {@code cli} as its qualified name, depth first. */
  private static List<String> names(CommandLine cli) {
    List<String> names = new ArrayList<>();
    names.add(cli.getCommandSpec().qualifiedName());
    cli.getSubcommands().values().forEach(sub -> names.addAll(names(sub)));
    return names;
  }

  private static List<String> tree(String... args) {
    return names(CommandTree.forArguments(args));
  }

  @Test
  void everyName_isTheNameOnItsClassesCommandAnnotation() {
    List<CommandTree.Node> nodes = new ArrayList<>(CommandTree.ROOT);
    for (int i = 0; i < nodes.size(); i++) {
      CommandTree.Node node = nodes.get(i);
      assertThat(node.type().getAnnotation(Command.class).name()).isEqualTo(node.name());
      assertThat(node.type().getAnnotation(Command.class).subcommands())
          .as("%s lists no subcommands of its own: CommandTree does", node.name())
          .isEmpty();
      nodes.addAll(node.children());
    }
  }

  @Test
  void fullTree_holdsEveryCommand() {
    assertThat(names(CommandTree.full()))
        .contains("peatmoss licenses check", "peatmoss hf snapshot", "peatmoss report")
        .hasSize(1 + 7 + 4 + 5 + 2 + 4 + 3 + 5);
  }

  @Test
  void version_buildsTheRootAlone() {
    assertThat(tree("--version")).containsExactly("peatmoss");
    assertThat(tree("--stacktrace", "-V")).containsExactly("peatmoss");
  }

  @Test
  void aNamedCommand_buildsItsPathOnly() {
    assertThat(tree("licenses", "check", "MIT", "Apache-2.0"))
        .containsExactly("peatmoss", "peatmoss licenses", "peatmoss licenses check");
    assertThat(tree("--stacktrace", "report", "--db", "x.db"))
        .containsExactly("peatmoss", "peatmoss report");
  }

  @Test
  void aGroupWithoutItsCommand_buildsTheWholeGroup() {
    assertThat(tree("licenses", "--help"))
        .containsExactly(
            "peatmoss",
            "peatmoss licenses",
            "peatmoss licenses parse",
            "peatmoss licenses normalize",
            "peatmoss licenses check",
            "peatmoss licenses suggest",
            "peatmoss licenses audit");
    assertThat(tree("licenses", "frobnicate")).hasSize(7);
  }

  @Test
  void helpOrAnUnknownCommandOrAnArgumentFile_buildsTheWholeTree() {
    int all = names(CommandTree.full()).size();
    assertThat(tree()).hasSize(all);
    assertThat(tree("--help")).hasSize(all);
    assertThat(tree("--version", "--help")).hasSize(all);
    assertThat(tree("frobnicate")).hasSize(all);
    assertThat(tree("@args.txt")).hasSize(all);
  }
}
