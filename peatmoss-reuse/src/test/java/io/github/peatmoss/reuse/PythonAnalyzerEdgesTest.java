package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The Python analyser at its edges, in the notation of {@link PythonAnalyzerTest}: statement forms the parser
 * must split or join, import and assignment forms, the value shapes the evaluator names, and each depth limit
 * exactly at the limit and one past it.
 */
class PythonAnalyzerEdgesTest {
  private static final String IMPORT = "from transformers import AutoModel\n";

  /** Semicolons, bodies after ':' (whose brackets may hold ':'), a one-line def that opens no block, async defs. */
  @Test
  void statementsOnOneLine_inlineBodies_andAsyncDefs() {
    String code = "for m in [{\"k\": \"v\"}]: FOR = \"acme/for\"\n"
        + "with open(\"f\") as fh: WITH = \"acme/with\"\n"
        + "from transformers import AutoModel\n"
        + "X = \"acme/x\"; Y = \"acme/y\"\n"
        + "def one(name): return 1\n"
        + "if True:\n"
        + "    AutoModel.from_pretrained(name)\n"
        + "AutoModel.from_pretrained(FOR)\n"
        + "AutoModel.from_pretrained(WITH)\n"
        + "AutoModel.from_pretrained(X)\n"
        + "AutoModel.from_pretrained(Y)\n"
        + "async def load(name=\"acme/async\"):\n"
        + "    return AutoModel.from_pretrained(name)\n"
        + "async def late():\n"
        + "    AutoModel.from_pretrained(LATE)\n"
        + "    LATE = \"acme/late\"\n";
    assertThat(PythonAnalyzerTest.findings(code))
        .containsExactly(
            "U 8:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/for <acme/for>",
            "U 9:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/with <acme/with>",
            "U 10:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/x <acme/x>",
            "U 11:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/y <acme/y>",
            "U 13:12 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/async <acme/async>",
            "R 7:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <name> | 'name' is not assigned in this file",
            "R 15:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <LATE> | 'LATE' is assigned only after its use");
  }

  /** Every import form binds what it names; comparisons and lambda defaults bind nothing; chained targets bind each. */
  @Test
  void importForms_assignmentsThatAreNotBindings_andStarParameters() {
    String code = "import os, transformers as T2\n"
        + "import torch.hub as th\n"
        + "from . import shim as S\n"
        + "def f(): import transformers as TT\n"
        + "N = \"acme/n\"\n"
        + "N != \"x\"\n"
        + "N == \"y\"\n"
        + "x = \"acme/x\"\n"
        + "g = lambda x=\"other\": x\n"
        + "A = B = \"acme/chain\"\n"
        + "T2.AutoModel.from_pretrained(\"acme/t2\")\n"
        + "th.load(\"pytorch/vision\", \"resnet18\")\n"
        + "S.from_pretrained(\"acme/s\")\n"
        + "TT.AutoModel.from_pretrained(\"acme/tt\")\n"
        + "T2.AutoModel.from_pretrained(N)\n"
        + "T2.AutoModel.from_pretrained(x)\n"
        + "T2.AutoModel.from_pretrained(A)\n"
        + "T2.AutoModel.from_pretrained(B)\n"
        + "def h(*args, **kw):\n"
        + "    T2.AutoModel.from_pretrained(args)\n"
        + "    T2.AutoModel.from_pretrained(kw)\n"
        + "class K:\n"
        + "    @classmethod\n"
        + "    def setup(cls):\n"
        + "        cls.KIND = \"acme/cls\"\n"
        + "    @classmethod\n"
        + "    def load(cls):\n"
        + "        return T2.AutoModel.from_pretrained(cls.KIND)\n"
        + "from .pkg import shim as P\n"
        + "P.from_pretrained(\"acme/p\")\n";
    assertThat(PythonAnalyzerTest.findings(code))
        .containsExactly(
            "U 11:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/t2 <acme/t2>",
            "U 12:1 torch.hub.load torch.hub.load pytorch/vision/resnet18 <pytorch/vision/resnet18>",
            "U 14:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/tt <acme/tt>",
            "U 15:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/n <acme/n>",
            "U 16:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/x <acme/x>",
            "U 17:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/chain <acme/chain>",
            "U 18:1 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/chain <acme/chain>",
            "U 28:16 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/cls <acme/cls>",
            "R 13:1 .shim.from_pretrained - UNRELATED_RECEIVER <acme/s> | 'S.from_pretrained' is not from a library that loads hub models",
            "R 20:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <args> | 'args' is a parameter",
            "R 21:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <kw> | 'kw' is a parameter",
            "R 30:1 .pkg.shim.from_pretrained - UNRELATED_RECEIVER <acme/p> | 'P.from_pretrained' is not from a library that loads hub models");
  }

  /** Receivers, bases, aliases and the value shapes the evaluator names. */
  @Test
  void receiversValuesAndLimits() {
    String code = "from transformers import AutoModel\n"
        + "import transformers as T\n"
        + "from huggingface_hub import snapshot_download\n"
        + "import typing\n"
        + "x = registry[0].AutoModel.from_pretrained(\"acme/w\")\n"
        + "y = AutoModel.from_pretrained(\"acme/rt\", repo_type=\"dataset\")\n"
        + "z = snapshot_download(revision=\"main\")\n"
        + "a = AutoModel.from_pretrained(Path(\"m\"))\n"
        + "class E(typing.Generic[K], T.PreTrainedModel): pass\n"
        + "c = E.from_pretrained(\"acme/e\")\n"
        + "class A(B): pass\n"
        + "class B(A): pass\n"
        + "d = A.from_pretrained(\"acme/cycle\")\n"
        + "N = None\n"
        + "e = N.from_pretrained(\"acme/none\")\n"
        + "M = T or AutoModel\n"
        + "f = M.from_pretrained(\"acme/or\")\n"
        + "g = AutoModel.from_pretrained(pretrained_model_name_or_path=)\n"
        + "h = AutoModel.from_pretrained(())\n"
        + "i = AutoModel.from_pretrained(NAMES[\"a\" + \"b\"])\n"
        + "j = AutoModel.from_pretrained(NAMES[a or b])\n"
        + "class Cfg:\n"
        + "    OTHER = unknown_thing\n"
        + "    def __init__(self):\n"
        + "        self.four = unknown_name\n"
        + "    def load(self):\n"
        + "        return AutoModel.from_pretrained(self.four)\n"
        + "k = AutoModel.from_pretrained(Cfg.OTHER)\n"
        + "def fn(p):\n"
        + "    return AutoModel.from_pretrained(p.load() + \"x\")\n"
        + "l = AutoModel.from_pretrained(joinpath(\"a\") + \"b\")\n"
        + "TPL = \"acme/{}\"\n"
        + "m = AutoModel.from_pretrained(TPL.format(x) + \"\")\n"
        + "n = AutoModel.from_pretrained(f\"acme/{\")\n"
        + "o = AutoModel.from_pretrained(f\"acme/x}\")\n"
        + "D2 = {\"a\": \"acme/first\", \"z\": \"acme/last\"}\n"
        + "p = AutoModel.from_pretrained(D2[\"z\"])\n"
        + "D3 = dict(m=\"acme/dm\", n=\"acme/dn\")\n"
        + "q = AutoModel.from_pretrained(D3[\"n\"])\n"
        + "P1 = T.AutoModel\n"
        + "r = P1.from_pretrained(\"acme/p1\")\n"
        + "; P2 = T.AutoModel\n"
        + "s = P2.from_pretrained(\"acme/p2\")\n";
    assertThat(PythonAnalyzerTest.findings(code))
        .containsExactly(
            "U 5:17 ?.AutoModel.from_pretrained transformers.from_pretrained acme/w <acme/w>",
            "U 6:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/rt <acme/rt>",
            "U 10:5 transformers.PreTrainedModel.from_pretrained transformers.from_pretrained acme/e <acme/e>",
            "U 15:5 ?.N.from_pretrained transformers.from_pretrained acme/none <acme/none>",
            "U 17:5 ?.M.from_pretrained transformers.from_pretrained acme/or <acme/or>",
            "U 37:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/last <acme/last>",
            "U 39:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/dn <acme/dn>",
            "U 41:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/p1 <acme/p1>",
            "U 43:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/p2 <acme/p2>",
            "R 7:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download NO_MODEL_ARGUMENT <> | no model argument",
            "R 8:5 transformers.AutoModel.from_pretrained transformers.from_pretrained LOCAL_PATH <Path(\"m\")> | a path built with Path(..)",
            "R 13:5 A.from_pretrained - UNRELATED_RECEIVER <acme/cycle> | 'A.from_pretrained' is not from a library that loads hub models",
            "R 18:5 transformers.AutoModel.from_pretrained transformers.from_pretrained NO_MODEL_ARGUMENT <> | an empty argument",
            "R 19:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <()> | '()' is not a constant in this file",
            "R 20:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <NAMES[\"a\" + \"b\"]> | 'NAMES[\"a\" + \"b\"]' is not a constant in this file",
            "R 21:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <NAMES[a or b]> | 'NAMES[a or b]' is not a constant in this file",
            "R 27:16 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <self.four> | 'self.four' is 'unknown_name' is not assigned in this file",
            "R 28:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <Cfg.OTHER> | 'OTHER' is 'unknown_thing' is not assigned in this file",
            "R 30:12 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <p.load() + \"x\"> | a concatenation with a part that is not a constant (the value of a call to p.load(..))",
            "R 31:5 transformers.AutoModel.from_pretrained transformers.from_pretrained LOCAL_PATH <joinpath(\"a\") + \"b\"> | a path built with joinpath(..)",
            "R 33:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <TPL.format(x) + \"\"> | a concatenation with a part that is not a constant (a str.format filled in at run time)",
            "R 34:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <f\"acme/{\"> | an f-string that does not close",
            "R 35:5 transformers.AutoModel.from_pretrained transformers.from_pretrained NOT_A_MODEL_ID <acme/x}> | invalid model id 'acme/x}': name may hold only letters, digits, '_', '-' and '.'");
  }

  @Test
  void callsAtTheVeryStartOfTheFile() {
    assertThat(
            PythonAnalyzerTest.findings("transformers.pipeline(\"ner\", model=\"acme/first\")\n"))
        .containsExactly(
            "U 1:1 transformers.pipeline transformers.pipeline acme/first <acme/first>");
    assertThat(PythonAnalyzerTest.findings(".from_pretrained(\"acme/dot\")\n"))
        .containsExactly(
            "R 1:2 ?.from_pretrained - UNRELATED_RECEIVER <acme/dot> | 'from_pretrained' is not from a library that loads hub models");
  }

  @Test
  void aDefPastTheNestingLimit_isStillNotACall() {
    assertThat(PythonAnalyzerTest.findings(
            "if a: ".repeat(25) + "def from_pretrained(x=\"acme/x\"): pass\n"))
        .isEmpty();
  }

  @Test
  void attributesInATupleTarget_leaveTheNamesAlone() {
    String code = IMPORT
        + "NAME = \"acme/kept\"\n"
        + "HEAD = \"acme/head\"\n"
        + "cfg.NAME, other = 1, 2\n"
        + "HEAD.attr, other = 1, 2\n"
        + "a = AutoModel.from_pretrained(NAME)\n"
        + "b = AutoModel.from_pretrained(HEAD)\n"
        + "c = AutoModel.from_pretrained(other)\n";
    assertThat(PythonAnalyzerTest.findings(code))
        .containsExactly(
            "U 6:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/kept <acme/kept>",
            "U 7:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/head <acme/head>",
            "R 8:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <other> | 'other' is assigned by unpacking");
  }

  @Test
  void aStarImportOfALibrarySubmodule_qualifiesItsNames() {
    assertThat(
            PythonAnalyzerTest.findings(
                "from transformers.models.bert import *\nb = BertModel.from_pretrained(\"acme/bert\")\n"))
        .containsExactly(
            "U 2:5 transformers.models.bert.BertModel.from_pretrained transformers.from_pretrained acme/bert <acme/bert>");
  }

  @Test
  void inlineBodies_areReadTo24Levels() {
    IntFunction<String> nested = k ->
        IMPORT + "if a: ".repeat(k) + "X = \"acme/deep\"\n" + "x = AutoModel.from_pretrained(X)\n";
    assertThat(models(nested.apply(24))).containsExactly("acme/deep");
    assertThat(reasons(nested.apply(25)))
        .containsExactly("UNRESOLVED_VARIABLE 'X' is not assigned in this file");
  }

  @Test
  void nameChains_areFollowedFor23Names() {
    assertThat(models(chain(23, "N0 = \"acme/name\"", "N%d = N%d"))).containsExactly("acme/name");
    assertThat(reasons(chain(24, "N0 = \"acme/name\"", "N%d = N%d")))
        .singleElement()
        .asString()
        .startsWith("UNRESOLVED_VARIABLE 'N24' is 'N23' is")
        .endsWith("defined through too many names");
  }

  @Test
  void aliasChains_areFollowedFor23Names() {
    String at23 = chain(23, "N0 = AutoModel", "N%d = N%d")
        .replace("AutoModel.from_pretrained(N23)", "N23.from_pretrained(\"acme/alias\")");
    String at24 = chain(24, "N0 = AutoModel", "N%d = N%d")
        .replace("AutoModel.from_pretrained(N24)", "N24.from_pretrained(\"acme/alias\")");
    assertThat(PythonAnalyzerTest.findings(at23))
        .singleElement()
        .asString()
        .startsWith("U 26:5 transformers.AutoModel.from_pretrained ");
    assertThat(PythonAnalyzerTest.findings(at24))
        .singleElement()
        .asString()
        .startsWith("U 27:5 ?.N24.from_pretrained ");
  }

  @Test
  void concatenationAndFStringChains_areFollowedFor11Names() {
    assertThat(models(chain(11, "N0 = \"acme/name\"", "N%d = N%d + \"\"")))
        .containsExactly("acme/name");
    assertThat(reasons(chain(12, "N0 = \"acme/name\"", "N%d = N%d + \"\"")))
        .singleElement()
        .asString()
        .startsWith("DYNAMIC_STRING a concatenation with a part that is not a constant");
    assertThat(models(chain(11, "N0 = \"acme/name\"", "N%d = f\"{N%d}\"")))
        .containsExactly("acme/name");
    assertThat(reasons(chain(12, "N0 = \"acme/name\"", "N%d = f\"{N%d}\"")))
        .singleElement()
        .asString()
        .startsWith("DYNAMIC_STRING an f-string with a part that is not a constant ({N11}: ");
  }

  @Test
  void strCalls_areUnwrappedTo24Levels() {
    IntFunction<String> nested = k -> IMPORT + "x = AutoModel.from_pretrained(" + "str(".repeat(k)
        + "\"acme/s\"" + ")".repeat(k) + ")\n";
    assertThat(models(nested.apply(24))).containsExactly("acme/s");
    assertThat(reasons(nested.apply(25)))
        .singleElement()
        .asString()
        .startsWith("UNRESOLVED_VARIABLE ");
  }

  /** {@code k} names, each defined through the one before, and a load of the last. */
  private static String chain(int k, String first, String next) {
    StringBuilder code = new StringBuilder(IMPORT).append(first).append('\n');
    for (int i = 1; i <= k; i++) {
      code.append(String.format(next, i, i - 1)).append('\n');
    }
    return code.append("x = AutoModel.from_pretrained(N")
        .append(k)
        .append(")\n")
        .toString();
  }

  private static List<String> models(String code) {
    List<String> out = new ArrayList<>();
    ReuseDetector.create()
        .scan("a.py", code)
        .uses()
        .forEach(u -> out.add(u.model().value()));
    return out;
  }

  private static List<String> reasons(String code) {
    List<String> out = new ArrayList<>();
    ReuseDetector.create()
        .scan("a.py", code)
        .rejected()
        .forEach(r -> out.add(r.reason() + " " + r.detail()));
    return out;
  }
}
