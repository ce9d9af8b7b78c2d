package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * transformers.js at the edges: what the tokenizer takes for a regular expression, a comment, a template or a
 * continued string (each followed by a call whose line and column must come out right), argument lists with
 * brackets and their length limit, import statements that bind nothing, and sources cut off anywhere.
 */
class JsAnalyzerEdgesTest {
  private static final String IMPORT =
      "import { pipeline, AutoModel } from '@xenova/transformers';\n";

  @Test
  void regexesCommentsTemplatesAndContinuations_hideNothingThatFollowsThem() {
    String code = "a / 2; pipeline('ner', 'acme/div')\n"
        + IMPORT
        + "x = 1 + /* c */ /'/.source; pipeline('ner', 'acme/aftercomment')\n"
        + "f(/'/); pipeline('ner', 'acme/afterparen')\n"
        + "/*/ pipeline('ner', 'acme/c1') */\n"
        + "/* pipeline('ner', 'acme/c2')*/\n"
        + "/* a\n"
        + " */ const m = pipeline('ner', 'acme/afterblock')\n"
        + "const t = `a\n"
        + "b`; pipeline('ner', 'acme/aftertemplate')\n"
        + "const s = 'a\\\n"
        + "b'; pipeline('ner', 'acme/aftercont')\n"
        + "// pipeline('ner', 'acme/linecomment')\n"
        + "const re = /[/'\"]\\/x/gi; pipeline('ner', 'acme/afterregex')\n"
        + "function g() { return /'/ }; pipeline('ner', 'acme/afterreturn')\n";
    assertThat(findings(code))
        .containsExactly(
            "U 1:8 transformers.js.pipeline acme/div",
            "U 3:29 transformers.js.pipeline acme/aftercomment",
            "U 4:9 transformers.js.pipeline acme/afterparen",
            "U 8:15 transformers.js.pipeline acme/afterblock",
            "U 10:5 transformers.js.pipeline acme/aftertemplate",
            "U 12:5 transformers.js.pipeline acme/aftercont",
            "U 14:26 transformers.js.pipeline acme/afterregex",
            "U 15:30 transformers.js.pipeline acme/afterreturn",
            "R 5:5 pipeline IN_COMMENT <acme/c1> | in a comment",
            "R 6:4 pipeline IN_COMMENT <acme/c2> | in a comment",
            "R 13:4 pipeline IN_COMMENT <acme/linecomment> | in a comment");
  }

  @Test
  void aRegexAtTheStartOfTheFile_isARegex() {
    assertThat(
            findings(
                "/'/.test(x); import { pipeline } from '@xenova/transformers'; pipeline('ner', 'acme/first')"))
        .containsExactly("U 1:63 transformers.js.pipeline acme/first");
  }

  @Test
  void bracketsInsideArguments_andConcatenations() {
    String code = IMPORT
        + "pipeline(['a', 'b'][0], 'acme/arr')\n"
        + "pipeline({ t: 'a', u: 'b' }.t, 'acme/obj')\n"
        + "pipeline(pick('a', 'b'), 'acme/paren')\n"
        + "pipeline('ner', 'acme/a' || 'acme/b')\n"
        + "pipeline('ner', 'acme/' + 'x')\n"
        + "; pipeline('ner', 'acme/' + 'y')\n"
        + "pipeline('ner', 'acme/' - 'z')\n";
    assertThat(findings(code))
        .containsExactly(
            "U 2:1 transformers.js.pipeline acme/arr",
            "U 3:1 transformers.js.pipeline acme/obj",
            "U 4:1 transformers.js.pipeline acme/paren",
            "U 6:1 transformers.js.pipeline acme/x",
            "U 7:3 transformers.js.pipeline acme/y",
            "R 5:1 transformers.js.pipeline DYNAMIC_STRING <'acme/a'> | not a constant string",
            "R 8:1 transformers.js.pipeline DYNAMIC_STRING <'acme/'> | not a constant string");
  }

  @Test
  void argumentLists_areReadUpTo10000TokensAfterTheBracket() {
    String within = IMPORT + "pipeline(-0" + " + 0".repeat(4998) + ", 'acme/edge')\n";
    String beyond = IMPORT + "pipeline(-0" + " + 0".repeat(4999) + ", 'acme/edge')\n";
    assertThat(findings(within)).containsExactly("U 2:1 transformers.js.pipeline acme/edge");
    assertThat(findings(beyond))
        .containsExactly(
            "R 2:1 transformers.js.pipeline NO_MODEL_ARGUMENT <> | no model argument: the task's default model");
  }

  @Test
  void constants_lineBreakAfterEquals_andDeclaredAtTheEndOfTheFile() {
    assertThat(findings(IMPORT + "pipeline('ner', M)\nconst M = 'acme/eof'"))
        .containsExactly("U 2:1 transformers.js.pipeline acme/eof");
    assertThat(findings(IMPORT + "const M =\n  'acme/next';\npipeline('ner', M)"))
        .containsExactly(
            "R 4:1 transformers.js.pipeline UNRESOLVED_VARIABLE <M> | 'M' is not a constant in this file");
  }

  @Test
  void importStatements_bindOnlyTheNamesTheyList() {
    assertThat(findings("import 'side-effect'; const Tool = 1; import { pipeline } from"
            + " '@xenova/transformers';\nTool.from_pretrained('acme/tool');"))
        .containsExactly(
            "R 2:1 Tool.from_pretrained UNRELATED_RECEIVER <acme/tool> | 'Tool' is not imported from transformers.js");
    assertThat(findings("import type { PreTrainedModel } from '@xenova/transformers';\n"
            + "type.from_pretrained('acme/type');"))
        .containsExactly(
            "R 2:1 type.from_pretrained UNRELATED_RECEIVER <acme/type> | 'type' is not imported from transformers.js");
    assertThat(
            findings(
                "const T = require('@xenova/transformers');\nT.pipeline('ner', 'acme/req');\n"
                    + "const U = await import('@xenova/transformers');\nU.pipeline('ner', 'acme/dyn');"))
        .containsExactly(
            "U 2:1 transformers.js.pipeline acme/req", "U 4:1 transformers.js.pipeline acme/dyn");
  }

  @Test
  void anUnclosedRegex_endsAtTheLineEnd() {
    assertThat(
            findings(IMPORT + "const r = (/unterminated\npipeline('ner', 'acme/afterbadregex')\n"))
        .containsExactly("U 3:1 transformers.js.pipeline acme/afterbadregex");
  }

  @Test
  void arrowsInTypeAnnotations_andSpreadArguments() {
    String code = IMPORT
        + "const M: string | (() => string) = 'acme/ts'\n"
        + "pipeline('ner', M)\n"
        + "pipeline('ner', ...rest)\n"
        + "const f = x => /'/; pipeline('ner', 'acme/arrow')\n";
    assertThat(findings(code))
        .containsExactly(
            "U 3:1 transformers.js.pipeline acme/ts",
            "U 5:21 transformers.js.pipeline acme/arrow",
            "R 4:1 transformers.js.pipeline DYNAMIC_STRING <...> | not a constant string");
  }

  @Test
  void aMethodCallWithoutReceiverAtTheStart_isNotACall() {
    assertThat(findings(".from_pretrained('acme/x')")).isEmpty();
  }

  @Test
  void anUnclosedCall_readsTheArgumentsUpToTheEnd() {
    assertThat(findings("import { AutoModel } from '@xenova/transformers'\n"
            + "AutoModel.from_pretrained('acme/open',"))
        .containsExactly("U 2:1 transformers.js.AutoModel.from_pretrained acme/open");
  }

  @Test
  void sourcesCutOffAnywhere_findNothingAndNeverThrow() {
    for (String code : List.of(
        "import",
        "import { pipeline from '@xenova/transformers'\nx = y as",
        "const { a",
        "const { a }",
        "let m: string",
        "const x =",
        "const x = require(",
        "const x = require",
        "const x = await",
        "'abc\\")) {
      assertThat(findings(code)).as(code).isEmpty();
    }
  }

  static List<String> findings(String code) {
    ScanResult r = ReuseDetector.create().scan("a.js", code);
    List<String> out = new ArrayList<>();
    for (ModelUse u : r.uses()) {
      out.add("U " + u.line() + ":" + u.column() + " " + u.call() + " " + u.model());
    }
    for (RejectedCandidate x : r.rejected()) {
      out.add("R " + x.line() + ":" + x.column() + " " + x.call() + " " + x.reason() + " <"
          + x.text() + "> | " + x.detail());
    }
    return out;
  }
}
