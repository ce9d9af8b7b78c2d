package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.ModelId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a constant string names: each kind of id, and each near-miss with its reason. */
class CandidatesTest {
  @Test
  void huggingFace_idsAndPageUrls() {
    assertId(Candidates.huggingFace("  acme/widget "), "acme/widget");
    assertId(Candidates.huggingFace("gpt2"), "gpt2");
    assertId(Candidates.huggingFace("https://huggingface.co/acme/widget"), "acme/widget");
    assertId(Candidates.huggingFace("http://www.huggingface.co/acme/widget/"), "acme/widget");
    assertId(Candidates.huggingFace("https://hf.co/acme/widget/tree/main"), "acme/widget");
    assertId(
        Candidates.huggingFace("https://huggingface.co/acme/widget/resolve/main/x.bin"),
        "acme/widget");
    assertId(Candidates.huggingFace("hf://acme/widget"), "acme/widget");
  }

  @Test
  void huggingFace_nearMisses_withTheirReasons() {
    assertReject(Candidates.huggingFace("   "), RejectReason.NOT_A_MODEL_ID, "an empty string");
    assertReject(
        Candidates.huggingFace("https://example.com/acme/widget"),
        RejectReason.URL,
        "a URL, not a Hugging Face model page");
    assertReject(
        Candidates.huggingFace("s3://bucket/model"),
        RejectReason.URL,
        "a URL, not a Hugging Face model page");
    assertReject(
        Candidates.huggingFace("acme/{name}"),
        RejectReason.DYNAMIC_STRING,
        "a template, filled in at run time");
    assertReject(
        Candidates.huggingFace("acme/%s"),
        RejectReason.DYNAMIC_STRING,
        "a template, filled in at run time");
    assertReject(
        Candidates.huggingFace("acme/%(name)"),
        RejectReason.DYNAMIC_STRING,
        "a template, filled in at run time");
    assertReject(
        Candidates.huggingFace("a/b/c"),
        RejectReason.LOCAL_PATH,
        "two '/': a path, not a Hugging Face id");
    assertReject(
        Candidates.huggingFace("outputs/run1"),
        RejectReason.LOCAL_PATH,
        "'outputs' is a local directory name");
    assertReject(
        Candidates.huggingFace("Checkpoints/x"),
        RejectReason.LOCAL_PATH,
        "'Checkpoints' is a local directory name");
    assertReject(
        Candidates.huggingFace("weights"),
        RejectReason.LOCAL_PATH,
        "'weights' is a local directory name");
    assertThat(Candidates.huggingFace("a b").reason()).isEqualTo(RejectReason.NOT_A_MODEL_ID);
    assertThat(Candidates.huggingFace("a b").detail()).isNotEmpty();
    assertReject(
        Candidates.huggingFace("model.bin"), RejectReason.LOCAL_PATH, "a local file or directory");
  }

  @Test
  void aTemplateAtTheStart_isDynamic() {
    assertReject(
        Candidates.huggingFace("{org}/widget"),
        RejectReason.DYNAMIC_STRING,
        "a template, filled in at run time");
  }

  @Test
  void localPaths_everyShape() {
    for (String path : List.of(
        "./m",
        "../m",
        "/data/m",
        "~/m",
        "\\\\server\\m",
        "dir\\m",
        "$HOME/m",
        "C:/models/m",
        "d:\\m",
        "acme/model.safetensors",
        "WEIGHTS.PT",
        "x.ckpt")) {
      assertThat(Candidates.isLocalPath(path)).as(path).isTrue();
    }
    for (String id : List.of(
        "acme/widget",
        "C:m",
        "C:",
        "1:/m",
        "ab",
        "acme/v1.5",
        "acme.v2/widget",
        ".",
        "x.",
        "bert-base-uncased",
        "acme.bin/widget")) {
      assertThat(Candidates.isLocalPath(id)).as(id).isEqualTo(id.equals("."));
    }
  }

  @Test
  void prefixed_onlyHfHubNamesAHubModel() {
    assertId(Candidates.prefixed(" hf-hub:timm/resnet50.a1_in1k", "timm"), "timm/resnet50.a1_in1k");
    assertId(Candidates.prefixed("hf_hub:laion/CLIP", "open_clip"), "laion/CLIP");
    assertReject(
        Candidates.prefixed("hf-hub:./local", "timm"),
        RejectReason.LOCAL_PATH,
        "a local file or directory");
    assertReject(
        Candidates.prefixed("local-dir:/models/x", "timm"),
        RejectReason.LOCAL_PATH,
        "a local file or directory");
    assertReject(
        Candidates.prefixed("/models/x", "timm"),
        RejectReason.LOCAL_PATH,
        "a local file or directory");
    assertReject(
        Candidates.prefixed("resnet50", "timm"),
        RejectReason.NOT_A_MODEL_ID,
        "a timm architecture name; only 'hf-hub:<id>' names a hub model");
  }

  @Test
  void spacy_packagesAndDirectories() {
    for (String pkg : List.of(
        "en_core_web_sm",
        "de_dep_news_trf",
        "zh_core_web_lg",
        "xx_ent_wiki_sm",
        "xx_sent_ud_sm",
        "en_core_sci_md")) {
      assertId(Candidates.spacy(" " + pkg + " "), "spacy/" + pkg);
    }
    assertReject(
        Candidates.spacy("./my_pipeline"), RejectReason.LOCAL_PATH, "a local pipeline directory");
    assertReject(
        Candidates.spacy("models/ner"), RejectReason.LOCAL_PATH, "a local pipeline directory");
    assertReject(
        Candidates.spacy("en"), RejectReason.NOT_A_MODEL_ID, "not a spaCy pipeline package name");
    assertReject(
        Candidates.spacy("en_core_web"),
        RejectReason.NOT_A_MODEL_ID,
        "not a spaCy pipeline package name");
  }

  @Test
  void stanza_languageCodes() {
    assertId(Candidates.stanza("en"), "stanfordnlp/stanza-en");
    assertId(Candidates.stanza(" grc "), "stanfordnlp/stanza-grc");
    assertId(Candidates.stanza("zh-hans"), "stanfordnlp/stanza-zh-hans");
    assertReject(
        Candidates.stanza("english"), RejectReason.NOT_A_MODEL_ID, "not a Stanza language code");
    assertReject(
        Candidates.stanza("EN"), RejectReason.NOT_A_MODEL_ID, "not a Stanza language code");
  }

  @Test
  void flair_namespacedIdsOnly() {
    assertId(Candidates.flair("flair/ner-english-large"), "flair/ner-english-large");
    assertReject(
        Candidates.flair("ner"),
        RejectReason.NOT_A_MODEL_ID,
        "a flair short model name, resolved by flair itself");
    assertReject(
        Candidates.flair("./tagger.pt"), RejectReason.LOCAL_PATH, "a local file or directory");
  }

  @Test
  void allennlp_hfArchivesOnly() {
    assertId(Candidates.allennlp(" hf://allenai/bidaf-elmo"), "allenai/bidaf-elmo");
    assertId(
        Candidates.allennlp("https://huggingface.co/allenai/bidaf-elmo"), "allenai/bidaf-elmo");
    assertReject(
        Candidates.allennlp("https://storage.googleapis.com/allennlp/bidaf.tar.gz"),
        RejectReason.URL,
        "an archive URL, not a hub model");
    assertReject(Candidates.allennlp("model.tar.gz"), RejectReason.LOCAL_PATH, "a local archive");
    assertReject(Candidates.allennlp("allenai/bidaf"), RejectReason.LOCAL_PATH, "a local archive");
  }

  private static void assertId(Candidates.Verdict v, String id) {
    assertThat(v.isId()).as("%s", v).isTrue();
    assertThat(v.id()).isEqualTo(ModelId.of(id));
    assertThat(v.reason()).isNull();
  }

  private static void assertReject(Candidates.Verdict v, RejectReason reason, String detail) {
    assertThat(v.isId()).as("%s", v).isFalse();
    assertThat(v.reason()).isEqualTo(reason);
    assertThat(v.detail()).isEqualTo(detail);
  }
}
