package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.reuse.python.PythonToken;
import io.github.peatmoss.reuse.python.PythonTokenizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the detector: renaming an import alias, reformatting a call over several lines and adding comments
 * never change what is found; no input makes it throw (deep nesting: {@link ReuseDeepNestingPropertyTest}).
 */
class ReuseDetectorPropertyTest {
  /** Programs with an alias slot {A}, whitespace slots {W} inside call brackets and comment slots {C}. */
  private static final List<String> TEMPLATES = List.of(
      "from transformers import AutoModel as {A}{C}\n"
          + "m = {A}.from_pretrained({W}\"google-bert/bert-base-uncased\"{W},{W}revision=\"main\"{W}){C}\n",
      "import transformers as {A}{C}\nMODEL = \"gpt2\"{C}\n"
          + "p = {A}.pipeline({W}\"text-generation\",{W}model=MODEL{W}){C}\nq = {A}.pipeline({W}\"ner\"{W})\n",
      "import torch as {A}\nm = {A}.hub.load({W}\"pytorch/vision:v0.10.0\",{W}\"resnet18\",{W}pretrained=True{W})\n",
      "from sentence_transformers import SentenceTransformer as {A}\nclass E:{C}\n    NAME = \"all-MiniLM-L6-v2\"{C}\n"
          + "    def __init__(self):{C}\n        self.m = {A}({W}self.NAME{W}){C}\n",
      "import huggingface_hub as {A}\ndef f():{C}\n    repo = \"openai/whisper-tiny\"{C}\n"
          + "    return {A}.hf_hub_download({W}repo_id=repo,{W}filename=\"x\"{W}){C}\n",
      "from diffusers import DiffusionPipeline as {A}\nimport os\np = {A}.from_pretrained({W}os.path.join(\"a\", \"b\"){W})\n"
          + "q = {A}.from_pretrained({W}\"runwayml/stable-diffusion-v1-5\"{W},{W}torch_dtype=None{W}){C}\n",
      "import spacy as {A}\nnlp = {A}.load({W}\"en_core_web_sm\"{W}){C}\n",
      "from torchvision import models as {A}\nnet = {A}.resnet50({W}weights=\"DEFAULT\"{W}){C}\nraw = {A}.resnet18({W})\n",
      "import timm as {A}\nm = {A}.create_model({W}\"hf-hub:timm/resnet50.a1_in1k\"{W},{W}pretrained=True{W}){C}\n",
      "from peft import PeftModel as {A}\nfrom transformers import AutoModelForCausalLM\n"
          + "b = AutoModelForCausalLM.from_pretrained({W}\"facebook/opt-350m\"{W})\n"
          + "m = {A}.from_pretrained({W}b,{W}\"ybelkada/opt-350m-lora\"{W}){C}\n");

  private static final Set<String> TAKEN = Set.of(
      "m", "p", "q", "b", "f", "E", "os", "nlp", "net", "raw", "repo", "self", "MODEL", "NAME");
  private static final ReuseDetector DETECTOR = ReuseDetector.create();

  @Provide
  Arbitrary<String> aliases() {
    Arbitrary<String> ascii = Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('_', 'Q')
        .ofMinLength(1)
        .ofMaxLength(10);
    Arbitrary<String> unicode = Arbitraries.strings()
        .withChars('é', 'ß', 'λ', 'Ж', '_')
        .ofMinLength(1)
        .ofMaxLength(4)
        .map(s -> "m" + s);
    return Arbitraries.oneOf(ascii, unicode).filter(a -> !TAKEN.contains(a) && !isKeyword(a));
  }

  @Provide
  Arbitrary<List<String>> spacing() {
    return Arbitraries.of("", " ", "\n", "\n    ", "\n\t\t", "   \n ", "  # a comment\n  ", " \\\n")
        .list()
        .ofSize(8);
  }

  @Provide
  Arbitrary<String> comments() {
    return Arbitraries.of(
        "  # note",
        "  # TODO: AutoModel.from_pretrained('gpt2')",
        "#",
        "  # ''' \"\"\" (",
        "  # from_pretrained(\"acme/x\")");
  }

  @Property
  void renamingTheImportAlias_changesNothingFound(
      @ForAll @IntRange(max = 9) int template, @ForAll("aliases") String alias) {
    String before = fill(TEMPLATES.get(template), "Alias", List.of(""), "");
    String after = fill(TEMPLATES.get(template), alias, List.of(""), "");
    assertThat(found(after)).isEqualTo(found(before));
    assertThat(found(before)).isNotEmpty();
  }

  @Property
  void reformattingACallOverSeveralLines_changesNothingFound(
      @ForAll @IntRange(max = 9) int template, @ForAll("spacing") List<String> spaces) {
    String flat = fill(TEMPLATES.get(template), "A", List.of(""), "");
    String spread = fill(TEMPLATES.get(template), "A", spaces, "");
    assertThat(modelsAndCalls(spread)).isEqualTo(modelsAndCalls(flat));
    assertThat(rejectReasons(spread)).isEqualTo(rejectReasons(flat));
  }

  @Property
  void addingComments_changesNothingFound(
      @ForAll @IntRange(max = 9) int template,
      @ForAll("comments") String comment,
      @ForAll @IntRange(min = 0, max = 3) int commentLines) {
    String plain = fill(TEMPLATES.get(template), "A", List.of(""), "");
    String trailing = fill(TEMPLATES.get(template), "A", List.of(""), comment);
    assertThat(found(trailing)).isEqualTo(found(plain)); // same lines too
    String leading = ("# " + comment.strip() + "\n").repeat(commentLines) + trailing;
    assertThat(modelsAndCalls(leading)).isEqualTo(modelsAndCalls(plain));
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> fragments = Arbitraries.oneOf(
        Arbitraries.of(
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "'",
            "\"",
            "'''",
            "\"\"\"",
            "f'{",
            "}'",
            "\\",
            "\n",
            "\r",
            "\t",
            "    ",
            "#",
            "import ",
            "from ",
            " as ",
            "def ",
            "class ",
            "if x:",
            "lambda",
            "=",
            "+",
            ".",
            ",",
            ":",
            "*",
            "**",
            "from_pretrained",
            "AutoModel",
            "transformers",
            "pipeline(",
            "torch.hub.load(",
            "self.",
            "@",
            "`",
            "${",
            "require(",
            "'@xenova/transformers'",
            "/",
            "/*",
            "*/",
            "//",
            "\u0000",
            "\uD83D\uDE00",
            "\uD800",
            "{\"cells\": [",
            "\"source\":",
            "\"cell_type\": \"code\""),
        Arbitraries.strings().ofMaxLength(6));
    return fragments.list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Property
  void noText_makesTheDetectorThrow(@ForAll("hostile") String text) {
    for (String name : new String[] {"a.py", "a.js", "a.ipynb"}) {
      ScanResult r = DETECTOR.scan(name, text);
      assertThat(r.file()).isEqualTo(name);
    }
    assertThat(PythonTokenizer.tokenize(text))
        .last()
        .extracting(PythonToken::kind)
        .isEqualTo(PythonToken.Kind.END);
  }

  @Property
  void randomBytes_neverThrow(@ForAll byte[] bytes) {
    String latin = new String(bytes, StandardCharsets.ISO_8859_1);
    String utf8 = new String(bytes, StandardCharsets.UTF_8);
    for (String text : new String[] {latin, utf8}) {
      assertThat(DETECTOR.scan("a.py", text).uses()).isNotNull();
      assertThat(DETECTOR.scan("a.ts", text).uses()).isNotNull();
      assertThat(DETECTOR.scan("a.ipynb", text).file()).isEqualTo("a.ipynb");
    }
  }

  private static String fill(String template, String alias, List<String> spaces, String comment) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    int i = 0;
    while (i < template.length()) {
      if (template.startsWith("{A}", i)) {
        out.append(alias);
        i += 3;
      } else if (template.startsWith("{W}", i)) {
        out.append(spaces.get(w++ % spaces.size()));
        i += 3;
      } else if (template.startsWith("{C}", i)) {
        out.append(comment);
        i += 3;
      } else {
        out.append(template.charAt(i++));
      }
    }
    return out.toString();
  }

  private static List<String> found(String source) {
    return DETECTOR.scan("a.py", source).uses().stream()
        .map(u -> u.model() + " " + u.signature() + " " + u.call().replaceFirst("^[^.]*\\.", "")
            + " @" + u.line())
        .collect(Collectors.toList());
  }

  private static List<String> modelsAndCalls(String source) {
    return DETECTOR.scan("a.py", source).uses().stream()
        .map(u -> u.model() + " " + u.signature() + " " + u.call())
        .collect(Collectors.toList());
  }

  private static List<RejectReason> rejectReasons(String source) {
    return DETECTOR.scan("a.py", source).rejected().stream()
        .filter(r -> r.reason() != RejectReason.IN_COMMENT)
        .map(RejectedCandidate::reason)
        .collect(Collectors.toList());
  }

  private static boolean isKeyword(String s) {
    return Set.of(
            "as",
            "if",
            "in",
            "is",
            "or",
            "and",
            "def",
            "del",
            "for",
            "not",
            "try",
            "class",
            "from",
            "with",
            "None",
            "True",
            "False",
            "pass",
            "else",
            "elif",
            "while",
            "yield",
            "break",
            "raise",
            "async",
            "await",
            "global",
            "import",
            "lambda",
            "return",
            "except",
            "assert",
            "finally",
            "continue",
            "nonlocal")
        .contains(s);
  }
}
