package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** transformers.js: each import form, each call form, and the near-misses the analyser must refuse. */
class JsAnalyzerTest {
  private static final String IMPORT =
      "import { pipeline, AutoModel } from '@xenova/transformers';\n";

  @Test
  void usesCarryLineColumnCallAndSignature() {
    ScanResult r = scan(IMPORT + "  const m = await AutoModel.from_pretrained('Xenova/bert');\n"
        + "const p = await pipeline('ner', \"Xenova/ner\");\n");
    assertThat(r.uses()).hasSize(2);
    assertThat(r.uses().get(0)).satisfies(u -> {
      assertThat(u.line()).isEqualTo(2);
      assertThat(u.column()).isEqualTo(19);
      assertThat(u.call()).isEqualTo("transformers.js.AutoModel.from_pretrained");
      assertThat(u.signature()).isEqualTo("transformers.js.from_pretrained");
      assertThat(u.candidate()).isEqualTo("Xenova/bert");
    });
    assertThat(r.uses().get(1)).satisfies(u -> {
      assertThat(u.line()).isEqualTo(3);
      assertThat(u.column()).isEqualTo(17);
      assertThat(u.call()).isEqualTo("transformers.js.pipeline");
      assertThat(u.signature()).isEqualTo("transformers.js.pipeline");
      assertThat(u.model().value()).isEqualTo("Xenova/ner");
    });
    assertThat(r.rejected()).isEmpty();
  }

  @Test
  void importForms_defaultTypeOnlyRequireAndDynamicImport() {
    assertThat(models(
            "import T from '@xenova/transformers';\nT.AutoModel.from_pretrained('a/default');\n"))
        .containsExactly("a/default");
    assertThat(models("import type { X } from '@xenova/transformers';\nimport { pipeline } from"
            + " '@huggingface/transformers';\npipeline('t', 'a/two');\n"))
        .containsExactly("a/two");
    assertThat(models(
            "const T = require('@xenova/transformers');\nT.AutoModel.from_pretrained('a/req');\n"))
        .containsExactly("a/req");
    assertThat(models("let T = await import('@xenova/transformers');\nT.pipeline('t', 'a/dyn');\n"))
        .containsExactly("a/dyn");
    assertThat(
            models(
                "var T = await import('@xenova/transformers');\nT.AutoModel.from_pretrained('a/dyn');\n"))
        .containsExactly("a/dyn");
    assertThat(
            models(
                "const { pipeline: make } = require(\"@xenova/transformers\");\nmake('t', 'a/renamed');\n"))
        .containsExactly("a/renamed");
    assertThat(
            models("import { pipeline as p, env } from '@xenova/transformers';\np('t', 'a/as');\n"))
        .containsExactly("a/as");
    assertThat(models("import * as T from '@xenova/transformers';\nT.pipeline('t', 'a/star');\n"))
        .containsExactly("a/star");
  }

  @Test
  void otherModules_andDeclarationsThatAreNotImports_bindNothing() {
    assertThat(scan("import { pipeline } from 'other-lib';\npipeline('t', 'a/b');\n")
            .uses())
        .isEmpty();
    assertThat(scan("const { pipeline } = require('other-lib');\npipeline('t', 'a/b');\n")
            .uses())
        .isEmpty();
    assertThat(scan("const { pipeline } = options;\npipeline('t', 'a/b');\n").uses())
        .isEmpty();
    assertThat(scan("import('@xenova/transformers');\npipeline('t', 'a/b');\n").uses())
        .isEmpty();
    assertThat(scan("import { pipeline };\nfrom('@xenova/transformers');\npipeline('t', 'a/b');\n")
            .uses())
        .isEmpty();
    assertThat(scan("const").uses()).isEmpty();
    assertThat(scan("let x").uses()).isEmpty();
  }

  @Test
  void constants_typeScriptAnnotations_templatesAndConcatenation() {
    assertThat(models(IMPORT + "const M: string = 'a/typed';\npipeline('t', M);\n"))
        .containsExactly("a/typed");
    // Only the first declarator of a declaration is read; templates with substitutions are never
    // constant.
    assertThat(scan(IMPORT
                + "const A = 'a/', B = 'b';\npipeline('t', `${A}`);\npipeline('t', A + B);\n")
            .rejected())
        .extracting(c -> c.line() + " " + c.reason() + " " + c.text() + " | " + c.detail())
        .containsExactly(
            "3 DYNAMIC_STRING `${A}` | not a constant string",
            "4 UNRESOLVED_VARIABLE A | 'A' is not a constant in this file");
    assertThat(models(IMPORT + "const A = 'a/';\nconst B = 'b';\npipeline('t', A + B + '-c');\n"))
        .containsExactly("a/b-c");
    assertThat(models(
            IMPORT + "let M = 'a/first';\npipeline('t', M);\nM = 'a/second';\nlet M = 'a/third';\n"
                + "pipeline('t', M);\n"))
        .containsExactly("a/first", "a/third");
    assertThat(models(IMPORT + "pipeline('t', M);\nconst M = 'a/later';\n"))
        .containsExactly("a/later");
    assertThat(models(IMPORT + "const M = `a/tpl`;\npipeline('t', M);\n")).containsExactly("a/tpl");
  }

  @Test
  void nearMisses_withTheirReasons() {
    ScanResult r = scan(IMPORT
        + "pipeline('t');\n"
        + "AutoModel.from_pretrained();\n"
        + "pipeline('t', name);\n"
        + "pipeline('t', `a/${x}`);\n"
        + "pipeline('t', 'a/' + x);\n"
        + "pipeline('t', './local');\n"
        + "pipeline('t', 42);\n"
        + "const L = 'a/' + y;\npipeline('t', L);\n");
    assertThat(r.uses()).isEmpty();
    assertThat(r.rejected())
        .extracting(c -> c.line() + " " + c.reason() + " " + c.text() + " | " + c.detail())
        .containsExactly(
            "2 NO_MODEL_ARGUMENT  | no model argument: the task's default model",
            "3 NO_MODEL_ARGUMENT  | no model argument",
            "4 UNRESOLVED_VARIABLE name | 'name' is not a constant in this file",
            "5 DYNAMIC_STRING `a/${x}` | not a constant string",
            "6 DYNAMIC_STRING 'a/' | not a constant string",
            "7 LOCAL_PATH ./local | a local file or directory",
            "8 UNRESOLVED_VARIABLE 42 | not a constant string",
            "10 UNRESOLVED_VARIABLE L | 'L' is not a constant in this file");
    assertThat(r.rejected()).allSatisfy(c -> assertThat(c.signature()).isPresent());
  }

  @Test
  void fromPretrained_onSomethingNotImported_isAnUnrelatedReceiver() {
    ScanResult r = scan("import { pipeline } from '@xenova/transformers';\n"
        + "const m = await Model.from_pretrained('acme/widget');\n"
        + "Model.from_pretrained('./local');\n"
        + "Model.from_pretrained();\n"
        + "other('acme/widget');\n");
    assertThat(r.uses()).isEmpty();
    assertThat(r.rejected()).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo(RejectReason.UNRELATED_RECEIVER);
      assertThat(c.line()).isEqualTo(2);
      assertThat(c.column()).isEqualTo(17);
      assertThat(c.call()).isEqualTo("Model.from_pretrained");
      assertThat(c.signature()).isEmpty();
      assertThat(c.text()).isEqualTo("acme/widget");
      assertThat(c.detail()).isEqualTo("'Model' is not imported from transformers.js");
    });
  }

  @Test
  void methodsOfOtherObjects_declarations_andOtherImportedNames_areNotCalls() {
    ScanResult r = scan(IMPORT
        + "x.pipeline('t', 'a/method');\n"
        + "function pipeline(a, b) {}\n"
        + "AutoModel('a/plain');\n"
        + "env.AutoModel.from_pretrained('a/env');\n");
    assertThat(r.uses()).isEmpty();
    assertThat(r.rejected())
        .extracting(
            c -> c.line() + ":" + c.column() + " " + c.call() + " " + c.text() + " | " + c.detail())
        .containsExactly(
            "5:1 env.AutoModel.from_pretrained a/env | 'env' is not imported from transformers.js");
  }

  @Test
  void optionalChaining_andNestedArguments() {
    assertThat(models("import * as T from '@xenova/transformers';\n"
            + "T?.AutoModel?.from_pretrained('a/opt', { progress: (x) => [x, {y: 1}] });\n"))
        .containsExactly("a/opt");
    assertThat(models(IMPORT + "pipeline(task(), 'a/nested', [1, 2]);\n"))
        .containsExactly("a/nested");
    // An argument list that never closes has no last argument.
    assertThat(scan(IMPORT + "pipeline('t' , 'a/open'\n").rejected())
        .extracting(RejectedCandidate::reason)
        .containsExactly(RejectReason.NO_MODEL_ARGUMENT);
  }

  @Test
  void commentsStringsTemplatesAndRegexes_hideCalls_andKeepLineNumbers() {
    ScanResult r = scan(IMPORT
        + "/* AutoModel.from_pretrained('a/block')\n   still the comment */ const s = \"pipeline('t', 'a/str')\";\n"
        + "// pipeline('t', 'a/line')\n"
        + "const t = `multi\nline pipeline('t', 'a/tpl')`;\n"
        + "const re = /pipeline\\('t', '[a/]x'\\)/g; const u = 'it\\'s';\n"
        + "const q = a / b / c;\n"
        + "pipeline('t', 'a/found');\n"
        + "const bad = 'unterminated\n"
        + "pipeline('t', 'a/after');\n"
        + "const c = 'continued \\\n line'; pipeline('t', 'a/continued');\n");
    assertThat(r.uses())
        .extracting(u -> u.line() + ":" + u.column() + " " + u.model().value())
        .containsExactly("9:1 a/found", "11:1 a/after", "13:9 a/continued");
    assertThat(r.rejected())
        .extracting(c -> c.line() + ":" + c.column() + " " + c.reason() + " " + c.text())
        .containsExactly("2:4 IN_COMMENT a/block", "4:4 IN_COMMENT a/line");
  }

  @Test
  void numbersAndOperators_areNotNames() {
    assertThat(models(
            IMPORT + "const n = 1.5e3 ?? 0x1F; if (n == 2 && n || n) { pipeline('t', 'a/ops'); }\n"
                + "const f = (...args) => pipeline('t', 'a/arrow');\n"))
        .containsExactly("a/ops", "a/arrow");
    assertThat(models(IMPORT + "const x = 3 / pipeline('t', 'a/div') / 2;\n"))
        .containsExactly("a/div");
  }

  private static ScanResult scan(String code) {
    return ReuseDetector.create().scan("a.ts", code);
  }

  private static List<String> models(String code) {
    return scan(code).uses().stream().map(u -> u.model().value()).collect(Collectors.toList());
  }
}
