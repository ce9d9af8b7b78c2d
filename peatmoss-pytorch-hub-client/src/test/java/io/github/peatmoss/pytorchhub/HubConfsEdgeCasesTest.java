package io.github.peatmoss.pytorchhub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.RepoRef;
import org.junit.jupiter.api.Test;

/** Line numbers, aliases, continuations, docstring shapes and files that end mid-statement. */
class HubConfsEdgeCasesTest {
  private static final RepoRef REPO = RepoRef.of("acme", "vision");

  private static HubConf parse(String source) {
    return HubConfs.parse(REPO, "main", source);
  }

  private static HubEntrypoint entry(HubConf conf, String name) {
    return conf.entrypoints().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + conf.entrypoints()));
  }

  @Test
  void fixture_linesAreOneBased_forEveryKind() {
    HubConf conf = parse(FakePytorchHub.fixture("hubconf.py"));
    assertThat(entry(conf, "widenet18").line()).isEqualTo(5);
    assertThat(entry(conf, "widenet18").kind()).isEqualTo(HubEntrypoint.Kind.IMPORTED);
    assertThat(entry(conf, "widenet50").line()).isEqualTo(6);
    assertThat(entry(conf, "widenet_tiny").line()).isEqualTo(28);
    assertThat(conf.warnings()).singleElement().asString().startsWith("line 9: ");
    assertThat(conf.ref()).isEqualTo("main");
    assertThat(conf.repository()).isEqualTo(REPO);
  }

  @Test
  void importAlias_isListedUnderItsNewName() {
    HubConf conf = parse("from pkg.models import build as resnet, other\n");
    assertThat(conf.entrypoints())
        .extracting(HubEntrypoint::name)
        .containsExactly("resnet", "other");
  }

  @Test
  void backslashContinuedImport_readsEveryLine() {
    HubConf conf = parse("from pkg import alpha, \\\n    beta, \\\n    gamma\nx = 1\n");
    assertThat(conf.entrypoints())
        .extracting(HubEntrypoint::name)
        .containsExactly("alpha", "beta", "gamma");
  }

  @Test
  void parenthesisedImport_commentOnlyLine_bringsInNoName() {
    HubConf conf = parse("from pkg import (\n# note, fake\n    alpha)\n");
    assertThat(conf.entrypoints()).extracting(HubEntrypoint::name).containsExactly("alpha");
  }

  @Test
  void unterminatedImportAndDependencies_atEndOfFile_readWhatIsThere() {
    assertThat(parse("from pkg import (alpha,\n    beta").entrypoints())
        .extracting(HubEntrypoint::name)
        .containsExactly("alpha", "beta");
    assertThat(parse("from pkg import alpha, \\\n    beta, \\").entrypoints())
        .extracting(HubEntrypoint::name)
        .containsExactly("alpha", "beta");
    assertThat(parse("dependencies = ['torch',\n    'numpy'").dependencies())
        .containsExactly("torch", "numpy");
  }

  @Test
  void lambdaAndPartialAssignments_areEntrypoints_otherAssignmentsAreNot() {
    HubConf conf = parse("a = lambda: 1\nb = functools.partial(f, x=1)\nc = partial(f)\nd = 3\n"
        + "_e = lambda: 2\n");
    assertThat(conf.entrypoints()).extracting(HubEntrypoint::name).containsExactly("a", "b", "c");
    assertThat(conf.entrypoints()).extracting(HubEntrypoint::line).containsExactly(1, 2, 3);
  }

  @Test
  void docstring_afterSignatureWithColonsInsideBrackets() {
    String source = "def fancy(opts={'k':\n"
        + "          [lambda v:\n"
        + "           v]}, other=(1,\n"
        + "           2)):\n"
        + "    '''Fancy summary.'''\n"
        + "    return None\n";
    assertThat(entry(parse(source), "fancy").summary()).hasValue("Fancy summary.");
  }

  @Test
  void docstring_shapes() {
    assertThat(entry(parse("def f():\n    \"\"\"\n    On the next line.\n    \"\"\"\n"), "f")
            .summary())
        .hasValue("On the next line.");
    assertThat(entry(parse("def f():\n    r\"\"\"Raw one.\"\"\"\n"), "f").summary())
        .hasValue("Raw one.");
    assertThat(entry(parse("def f():\n\n    'Single quoted.'\n"), "f").summary())
        .hasValue("Single quoted.");
    assertThat(entry(parse("def f():\n    \"\"\"\"\"\"\n"), "f").summary()).isEmpty();
    assertThat(entry(parse("def f():\n    return 1\n"), "f").summary()).isEmpty();
  }

  @Test
  void definitionsCutOffAtEndOfFile_haveNoSummary() {
    assertThat(entry(parse("def last():"), "last").summary()).isEmpty();
    assertThat(entry(parse("def open_sig(a,"), "open_sig").summary()).isEmpty();
    assertThat(entry(parse("def doc():\n    \"\"\""), "doc").summary()).isEmpty();
  }
}
