package io.github.peatmoss.examples;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.reuse.KnownModels;
import io.github.peatmoss.reuse.ModelUse;
import io.github.peatmoss.reuse.ReuseDetector;
import io.github.peatmoss.reuse.ScanResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reuse detector: finds where source code loads pre-trained models, offline, and says why each other
 * candidate is not a load. Scans a small training script, then the directory given as the only argument (if any).
 */
public final class FindModelReuse {
  private FindModelReuse() {}

  /** Runs the example. */
  public static void main(String[] args) {
    String source = String.join(
        "\n",
        "from transformers import AutoModelForCausalLM as LM, pipeline",
        "BASE = 'gpt2'                                   # a legacy id",
        "model = LM.from_pretrained(",
        "    BASE, torch_dtype='auto')",
        "ner = pipeline('ner', model='dslim/bert-base-NER')",
        "tuned = LM.from_pretrained('./checkpoints/final')",
        "# LM.from_pretrained('EleutherAI/gpt-neo-125m')",
        "");
    KnownModels known = KnownModels.of(List.of(
        ModelId.of("openai-community/gpt2"),
        ModelId.of("dslim/bert-base-NER"))); // or every model of a PeaTMOSS database
    ReuseDetector detector = ReuseDetector.builder().knownModels(known).build();
    ScanResult r = detector.scan("train.py", source);
    for (ModelUse u : r.uses()) {
      System.out.println(u.model() + " " + u.file() + ":" + u.line() + " " + u.call() + " ["
          + u.signature() + "]");
    }
    r.rejected()
        .forEach(c -> System.out.println(
            "not a use: " + c.text() + " (" + c.reason() + ": " + c.detail() + ")"));

    if (args.length > 0) {
      try (Stream<ScanResult> tree =
          ReuseDetector.create().scanTree(Path.of(args[0]))) { // one file at a time
        tree.flatMap(s -> s.uses().stream())
            .forEach(u -> System.out.println(u.file() + ": " + u.model()));
      }
    }
  }
}
