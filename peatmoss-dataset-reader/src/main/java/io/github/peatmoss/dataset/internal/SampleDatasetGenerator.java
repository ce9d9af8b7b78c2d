package io.github.peatmoss.dataset.internal;

import io.github.peatmoss.core.model.BaseModel;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.EvaluationMetric;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.Hardware;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.HyperParameter;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.PeatmossWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Builds the bundled sample dataset from synthetic data the project owns: a fixed seed drives every choice,
 * so every run writes the same rows. It goes through {@link PeatmossWriter} for everything core values cover,
 * then fills, with plain SQL, the GitHub detail tables no core value covers and the published file's quirks a
 * well-behaved writer never produces (a model row of NULLs, repeated rows in R2's key-less tables). The build
 * runs {@link #main} to put {@code peatmoss-sample.db} on the classpath.
 */
public final class SampleDatasetGenerator {
  /** The seed of every random choice. */
  public static final long SEED = 20240214L;

  private static final String[] NAMESPACES = {
    "acme-ai",
    "northwind-nlp",
    "lumen-labs",
    "quokka-research",
    "tallgrass",
    "bluefin-ml",
    "orchid-vision",
    "kestrel-audio",
    "fjord-ai",
    "saltmarsh"
  };
  private static final String[] STEMS = {
    "tiny-bert",
    "mini-gpt",
    "vit-small",
    "whisper-lite",
    "t5-compact",
    "roberta-mini",
    "clip-nano",
    "resnet-edge",
    "wav2vec-tiny",
    "llama-pocket",
    "distil-ner",
    "sd-turbo-mini"
  };
  private static final String[] MODEL_LICENSES = {
    "apache-2.0",
    "mit",
    "gpl-3.0",
    "cc-by-nc-4.0",
    "bsd-3-clause",
    "openrail",
    "other",
    "agpl-3.0",
    "cc-by-4.0",
    "cc-by-sa-4.0",
    "creativeml-openrail-m",
    "llama2",
    "lgpl-2.1"
  };
  private static final String[] REPO_LICENSES = {
    "MIT",
    "Apache-2.0",
    "GPL-2.0-only",
    "GPL-3.0-or-later",
    "BSD-3-Clause",
    "AGPL-3.0-only",
    "MPL-2.0"
  };
  private static final String[] TAGS = {
    "text-classification",
    "token-classification",
    "image-classification",
    "automatic-speech-recognition",
    "text-generation",
    "summarization",
    "translation",
    "feature-extraction",
    "fill-mask",
    "endpoints_compatible",
    "safetensors",
    "region:us"
  };
  private static final String[] LIBRARIES = {
    "transformers", "timm", "diffusers", "sentence-transformers", "peft"
  };
  private static final String[] FRAMEWORKS = {
    "bert", "gpt2", "vit", "whisper", "t5", "roberta", "clip"
  };
  private static final String[] ARCHITECTURES = {
    "BertForSequenceClassification",
    "GPT2LMHeadModel",
    "ViTForImageClassification",
    "WhisperForConditionalGeneration",
    "T5ForConditionalGeneration"
  };
  private static final String[] DATASETS = {
    "imdb", "squad", "common_voice", "imagenet-1k", "wikitext", "glue"
  };
  private static final String[][] LANGUAGES = {
    {"English", "en"}, {"German", "de"}, {"Japanese", "ja"}, {"Swahili", "sw"}, {"Portuguese", "pt"}
  };
  private static final String[] DOMAINS = {
    "natural-language-processing", "computer-vision", "audio", "multimodal"
  };
  private static final String PLACEHOLDER = "2022-03-02T23:29:04.000Z";

  private final SplittableRandom random = new SplittableRandom(SEED);

  private SampleDatasetGenerator() {}

  /** Writes the sample dataset to the path given as the only argument, replacing any file there. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SampleDatasetGenerator OUTPUT.db");
    }
    generate(Path.of(args[0]));
  }

  /** Writes the sample dataset to {@code target}, replacing any file there. */
  public static void generate(Path target) throws IOException {
    Files.deleteIfExists(target);
    new SampleDatasetGenerator().write(target);
  }

  private void write(Path target) {
    List<Model> models = models();
    List<ReuseRepository> repositories = repositories();
    try (PeatmossWriter writer = PeatmossWriter.open(target)) {
      writer.write(batch -> models.forEach(batch::upsertModel));
      writer.write(batch -> repositories.forEach(batch::upsertReuseRepository));
      writer.write(batch -> {
        for (ReuseFile file : reuseFiles(models, repositories)) {
          batch.upsertReuseFile(file);
        }
      });
      writer.write(batch -> {
        for (Model model : models) {
          if (!model.hasSnapshot()) {
            continue;
          }
          if (model.hub().equals(ModelHub.PYTORCH_HUB)) {
            issues(model.id().value(), 2).forEach(i -> batch.upsertModelIssue(model.id(), i));
            pullRequests(model.id().value(), 1)
                .forEach(p -> batch.upsertModelPullRequest(model.id(), p));
          } else {
            commits(model.id()).forEach(batch::upsertHfCommit);
            refs(model.id()).forEach(batch::upsertGitRef);
            discussions(model.id()).forEach(batch::upsertDiscussion);
          }
        }
        for (int i = 0; i < repositories.size(); i += 5) {
          RepoRef repo = repositories.get(i).repository();
          issues(repo.fullName(), 1).forEach(issue -> batch.upsertRepositoryIssue(repo, issue));
          pullRequests(repo.fullName(), 1)
              .forEach(pr -> batch.upsertRepositoryPullRequest(repo, pr));
        }
      });
      writer.write(batch -> {
        for (int i = 0; i < models.size(); i += 3) {
          if (models.get(i).hub().equals(ModelHub.HUGGING_FACE)) {
            batch.upsertExtractedMetadata(metadata(models.get(i), models));
          }
        }
      });
    }
    try (Handle handle = Jdbi.open("jdbc:sqlite:" + target.toAbsolutePath())) {
      handle.useTransaction(this::rawTables);
      handle.createUpdate(sql("vacuum")).execute();
    }
  }

  // ---- models ----

  private List<Model> models() {
    List<Model> models = new ArrayList<>();
    int n = 0;
    for (String namespace : NAMESPACES) {
      for (int s = 0; s < STEMS.length; s++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        models.add(hfModel(
            ModelId.of(namespace + "/" + STEMS[s] + (s % 2 == 0 ? "" : "-v" + (1 + n % 3))), n++));
      }
    }
    // Legacy names without a namespace, two of which look like numbers: "12345" is stored as an
    // INTEGER under
    // context_id's affinity, "007" would lose its zeros and is stored as a BLOB.
    for (String legacy : new String[] {"bert-tiny-legacy", "12345", "007", "gpt-pocket"}) {
      models.add(hfModel(ModelId.of(legacy), n++));
    }
    String[][] pytorch = {
      {"pyvision", "models", "resnet18"},
      {"pyvision", "models", "mobilenet_v3"},
      {"hubaudio", "speech", "silero_vad"},
      {"hubaudio", "speech", "tacotron2"},
      {"nlp-hub", "fairtext", "roberta_base"},
      {"nlp-hub", "fairtext", "xlmr_large"}
    };
    for (String[] p : pytorch) {
      ModelId id = ModelId.pytorchHub(RepoRef.of(p[0], p[1]), p[2]);
      Model.Builder b = Model.builder()
          .id(id)
          .hub(ModelHub.PYTORCH_HUB)
          .repoUrl("github.com/" + p[0] + "/" + p[1])
          .hasSnapshot(true)
          .addAuthor(p[0])
          .addTag("researchers")
          .addTag("cuda");
      if (!p[2].equals("tacotron2")) {
        b.addLicense(
            p[2].startsWith("xlmr")
                ? "cc-by-nc-4.0"
                : (p[0].equals("hubaudio") ? "mit" : "bsd-3-clause"));
      }
      models.add(b.build());
    }
    return models;
  }

  private Model hfModel(ModelId id, int n) {
    Model.Builder b = Model.builder().id(id).hub(ModelHub.HUGGING_FACE);
    if (n % 11 != 7) {
      b.sha(hex(40)).repoUrl("https://huggingface.co/" + id.value());
    }
    if (n % 13 != 5) {
      b.downloads((long) Math.pow(10, random.nextDouble() * 7)).likes(random.nextInt(2_000));
    }
    b.hasSnapshot(n % 4 == 0);
    id.namespace().ifPresent(b::addAuthor);
    // License mix: mostly permissive, some copyleft and non-commercial, one in nine without any,
    // one with two.
    if (n % 9 != 4) {
      b.addLicense(MODEL_LICENSES[n % 5 == 0 ? 2 + (n / 5) % 11 : n % 2]);
    }
    if (n == 10) {
      b.addLicense("cc-by-4.0");
    }
    int tags = 1 + random.nextInt(5);
    for (int t = 0; t < tags; t++) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      b.addTag(tag);
    }
    b.addLibrary(LIBRARIES[n % LIBRARIES.length]);
    if (n % 3 != 2) {
      b.addFramework(FRAMEWORKS[n % FRAMEWORKS.length])
          .addArchitecture(ARCHITECTURES[n % ARCHITECTURES.length]);
    }
    if (n % 2 == 0) {
      b.addDataset(Dataset.builder()
          .name(DATASETS[n % DATASETS.length])
          .url("https://huggingface.co/datasets/" + DATASETS[n % DATASETS.length])
          .build());
    }
    if (n % 5 == 1) {
      b.addPaper(Paper.builder()
          .title("https://arxiv.org/abs/2401." + String.format("%05d", 1000 + n))
          .build());
    }
    if (n % 3 == 0) {
      String[] language = LANGUAGES[n % LANGUAGES.length];
      b.addLanguage(
          Language.builder().name(language[0]).abbreviation(language[1]).build());
    }
    b.addDomain(DOMAINS[n % DOMAINS.length]);
    b.addTask(TAGS[n % 9]);
    Model built = b.build();
    return built.toBuilder().tags(new java.util.LinkedHashSet<>(built.tags())).build();
  }

  // ---- reuse ----

  private List<ReuseRepository> repositories() {
    String[] owners = {
      "river-dev",
      "okapi-tools",
      "sunbeam-apps",
      "granite-ai",
      "maple-labs",
      "harbor-io",
      "pebble-net",
      "cinder-sys"
    };
    String[] names = {
      "chat-ui",
      "doc-classifier",
      "vision-pipeline",
      "voice-notes",
      "ner-service",
      "search-api",
      "caption-bot",
      "edge-infer"
    };
    List<ReuseRepository> repositories = new ArrayList<>();
    int n = 0;
    for (int o = 0; o < owners.length; o++) {
      for (int i = 0; i < 5; i++) {
        // Five distinct names per owner (3 is coprime with 8), so every repository is written once.
        RepoRef repo = RepoRef.of(owners[o], names[(o + i * 3) % names.length]);
        ReuseRepository.Builder b =
            ReuseRepository.builder().repository(repo).url("github.com/" + repo.fullName());
        // One in six repositories has no detected license.
        if (n % 6 != 3) {
          b.addLicense(REPO_LICENSES[n % REPO_LICENSES.length]);
        }
        repositories.add(b.build());
        n++;
      }
    }
    return repositories;
  }

  private List<ReuseFile> reuseFiles(List<Model> models, List<ReuseRepository> repositories) {
    List<ReuseFile> files = new ArrayList<>();
    // Deliberate license conflicts first, so the audit always finds them (repository license by
    // index above).
    addLink(
        files, find(models, "gpl-3.0"), repositories.get(0)); // GPL-3.0 model in an MIT repository
    addLink(
        files,
        find(models, "cc-by-nc-4.0"),
        repositories.get(7)); // non-commercial model, MIT repository
    addLink(
        files,
        find(models, "apache-2.0"),
        repositories.get(2)); // Apache-2.0 model, GPL-2.0-only repository
    addLink(files, unlicensed(models), repositories.get(1)); // model without a license
    addLink(
        files, find(models, "mit"), repositories.get(3)); // MIT model, repository without a license
    for (int i = 0; i < 140; i++) {
      // Reuse concentrates on popular models: pick among the first models more often.
      int m = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * models.size());
      addLink(files, models.get(m), repositories.get(random.nextInt(repositories.size())));
    }
    return files;
  }

  private void addLink(List<ReuseFile> files, Model model, ReuseRepository repository) {
    RepoRef repo = repository.repository();
    String path = repo.owner() + "_" + repo.name() + "/" + repo.name() + "/"
        + (model.hub().equals(ModelHub.PYTORCH_HUB)
            ? "vision/hub_loader.py"
            : "src/model_" + Math.abs(model.id().value().hashCode() % 97) + ".py");
    files.add(ReuseFile.builder().model(model.id()).repository(repo).path(path).build());
  }

  private static Model find(List<Model> models, String license) {
    return models.stream()
        .filter(m -> m.licenses().equals(List.of(license)))
        .findFirst()
        .orElseThrow(); // the fixed seed always gives one
  }

  private static Model unlicensed(List<Model> models) {
    return models.stream()
        .filter(m -> m.licenses().isEmpty())
        .findFirst()
        .orElseThrow(); // the fixed seed always gives one
  }

  // ---- Hugging Face activity ----

  private List<HfCommit> commits(ModelId model) {
    List<HfCommit> commits = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HfCommit.Builder b = HfCommit.builder()
          .model(model)
          .commitId(hex(40))
          .title(i == 0 ? "initial commit" : "Update README.md")
          .addAuthor(model.namespace().orElse("hf-user"));
      // The Hub reports its placeholder date for the oldest commits; it reads back as unknown.
      // Models were created over two and a half years, so the report's monthly trend has a shape.
      long monthsBack = Math.floorMod(model.value().hashCode(), 30);
      b.createdAt(
          i == 0
              ? Timestamps.parse(PLACEHOLDER)
              : java.util.Optional.of(date(i).minusSeconds(86_400L * 30 * monthsBack)));
      if (i == 2) {
        b.message("Bump version after evaluation");
      }
      commits.add(b.build());
    }
    return commits;
  }

  private List<GitRef> refs(ModelId model) {
    List<GitRef> refs = new ArrayList<>();
    refs.add(GitRef.builder()
        .model(model)
        .kind(GitRef.Kind.BRANCH)
        .name("main")
        .ref("refs/heads/main")
        .targetCommit(hex(40))
        .build());
    if (random.nextBoolean()) {
      refs.add(GitRef.builder()
          .model(model)
          .kind(GitRef.Kind.TAG)
          .name("v1.0")
          .ref("refs/tags/v1.0")
          .targetCommit(hex(40))
          .build());
    }
    return refs;
  }

  private List<Discussion> discussions(ModelId model) {
    List<Discussion> discussions = new ArrayList<>();
    discussions.add(Discussion.builder()
        .model(model)
        .num(1)
        .title("Which license applies to the weights?")
        .status("open")
        .repoId(model.value())
        .repoType("model")
        .pullRequest(false)
        .createdAt(Timestamps.parse(PLACEHOLDER))
        .endpoint("https://huggingface.co")
        .addAuthor("curious-user")
        .addEvent(DiscussionEvent.builder()
            .eventId(hex(24))
            .type("comment")
            .createdAt(date(5))
            .author("curious-user")
            .content("The card says MIT but the repo has a GPL file.")
            .build())
        .addEvent(DiscussionEvent.builder()
            .eventId(hex(24))
            .type("comment")
            .createdAt(date(6))
            .author("deleted")
            .content("Same question here.")
            .edited(true)
            .hidden(true)
            .build())
        .build());
    discussions.add(Discussion.builder()
        .model(model)
        .num(2)
        .title("Add safetensors weights")
        .status("merged")
        .repoId(model.value())
        .repoType("model")
        .pullRequest(true)
        .createdAt(date(7))
        .endpoint("https://huggingface.co")
        .targetBranch("refs/heads/main")
        .mergeCommitOid(hex(40))
        .diff("diff --git a/model.safetensors b/model.safetensors")
        .addAuthor("SFconvertbot")
        .addConflictingFile("model.safetensors")
        .addEvent(DiscussionEvent.builder()
            .eventId(hex(24))
            .type("commit")
            .createdAt(date(7))
            .author("SFconvertbot")
            .summary("Adding `safetensors` variant of this model")
            .oid(hex(40))
            .build())
        .addEvent(DiscussionEvent.builder()
            .eventId(hex(24))
            .type("status-change")
            .createdAt(date(8))
            .author(model.namespace().orElse("hf-user"))
            .newStatus("merged")
            .build())
        .addEvent(DiscussionEvent.builder()
            .eventId(hex(24))
            .type("title-change")
            .createdAt(date(8))
            .author(model.namespace().orElse("hf-user"))
            .oldTitle("Add weights")
            .newTitle("Add safetensors weights")
            .build())
        .build());
    return discussions;
  }

  // ---- GitHub ----

  private List<GitHubIssue> issues(String owner, int count) {
    List<GitHubIssue> issues = new ArrayList<>();
    String base = repository(owner);
    for (int i = 1; i <= count; i++) {
      boolean closed = random.nextBoolean();
      GitHubIssue.Builder b = GitHubIssue.builder()
          .url("https://github.com/" + base + "/issues/" + i)
          .number(i)
          .title("Model fails to load on CPU #" + i)
          .body("Stack trace attached.")
          .state(closed ? "CLOSED" : "OPEN")
          .closed(closed)
          .author("reporter-" + random.nextInt(20))
          .createdAt(date(10 + i))
          .updatedAt(date(12 + i))
          .addLabel("bug")
          .addAssignee("maintainer-1")
          .addComment(GitHubComment.builder()
              .author("maintainer-1")
              .authorAssociation("MEMBER")
              .body("Thanks, looking into it.")
              .createdAt(date(11 + i))
              .build());
      if (closed) {
        b.closedAt(date(13 + i));
      }
      issues.add(b.build());
    }
    return issues;
  }

  /** The {@code owner/name} a model id ({@code owner/name/entry}) or repository name starts with. */
  private static String repository(String name) {
    String[] parts = name.split("/");
    return parts[0] + "/" + parts[1];
  }

  private List<GitHubPullRequest> pullRequests(String owner, int count) {
    List<GitHubPullRequest> prs = new ArrayList<>();
    String base = repository(owner);
    for (int i = 1; i <= count; i++) {
      prs.add(GitHubPullRequest.builder()
          .url("https://github.com/" + base + "/pull/" + (100 + i))
          .number(100 + i)
          .title("Pin the model revision")
          .body("Loads the model at a fixed commit.")
          .state("MERGED")
          .closed(true)
          .draft(false)
          .crossRepository(true)
          .author("contributor-" + random.nextInt(20))
          .baseRefName("main")
          .headRefName("pin-revision")
          .additions(12)
          .deletions(3)
          .changedFiles(2)
          .mergeable("UNKNOWN")
          .reviewDecision("APPROVED")
          .mergedBy("maintainer-1")
          .createdAt(date(20))
          .updatedAt(date(22))
          .closedAt(date(22))
          .mergedAt(date(22))
          .addAssignee("maintainer-1")
          .addReviewRequest("maintainer-2")
          .addLabel("enhancement")
          .addFile(PullRequestFile.builder()
              .path("src/load.py")
              .additions(10)
              .deletions(3)
              .build())
          .addFile(PullRequestFile.builder()
              .path("requirements.txt")
              .additions(2)
              .deletions(0)
              .build())
          .addComment(GitHubComment.builder()
              .author("maintainer-2")
              .authorAssociation("CONTRIBUTOR")
              .body("LGTM")
              .createdAt(date(21))
              .build())
          .build());
    }
    return prs;
  }

  // ---- R2 extracted metadata ----

  private ExtractedMetadata metadata(Model model, List<Model> models) {
    ExtractedMetadata.Builder b = ExtractedMetadata.builder()
        .model(model.id())
        .parameterCount(llm((long) (1 + random.nextInt(900)) * 1_000_000L))
        .addHardware(llm(Hardware.builder()
            .name(random.nextBoolean() ? "8x NVIDIA A100" : "TPU v3-8")
            .hoursUsed(1 + random.nextInt(200))
            .cloudProvider("gcp")
            .computeRegion("us-central1")
            .build()))
        .addHyperParameter(
            llm(HyperParameter.builder().name("learning_rate").value("5e-5").build()))
        .addHyperParameter(llm(HyperParameter.builder().value("batch size 32").build()))
        .addEvaluationMetric(llm(EvaluationMetric.builder()
            .test("accuracy")
            .dataset("glue")
            .result("0.91")
            .build()))
        .addEvaluationLink(llm("https://example.org/leaderboard/" + model.id().name()))
        .addDemo(llm(
            "from transformers import pipeline; pipeline('fill-mask', model='" + model.id() + "')"))
        .addInputFormat(llm("text"))
        .addOutputFormat(llm("label scores"))
        .addLimitation(llm("Trained on English web text; may reflect its biases."))
        .addDataset(llm(Dataset.builder()
            .name("wikitext")
            .url("https://huggingface.co/datasets/wikitext")
            .build()))
        .addPaper(llm(Paper.builder()
            .title("A Tiny Model for Everything")
            .url("https://arxiv.org/abs/2401.00001")
            .build()))
        .addGithubRepository(
            llm(RepoRef.of(model.id().namespace().orElse("acme-ai"), model.id().name())))
        .addDomain(llm(DOMAINS[random.nextInt(DOMAINS.length)]))
        .addTask(llm("fill-mask"))
        .addLanguage(llm("English"))
        .addFramework(llm("pytorch"))
        .addLibrary(llm("transformers"));
    if (random.nextInt(4) == 0) {
      b.carbonEmittedGrams(llm(1000.0 + random.nextInt(100_000)));
    }
    if (random.nextInt(3) == 0) {
      b.addGrant(llm(random.nextBoolean() ? "National Science Foundation" : "EU Horizon 2020"));
    }
    model.licenses().stream().findFirst().ifPresent(license -> b.license(llm(license)));
    Model base = models.get(0);
    if (!base.id().equals(model.id())) {
      b.addBaseModel(llm(BaseModel.builder()
          .name(base.id().value())
          .url("https://huggingface.co/" + base.id())
          .id(base.id())
          .build()));
    }
    b.addBaseModel(llm(BaseModel.builder().name("an in-house checkpoint").build()));
    return b.build();
  }

  private static <T> Extracted<T> llm(T value) {
    return Extracted.of(value, Provenance.LLM);
  }

  // ---- tables no core value covers, and quirks ----

  private static String sql(String name) {
    return Sql.of(SampleDatasetGenerator.class, name);
  }

  private void rawTables(Handle h) {
    WritableDatabase.runScript(h, SampleDatasetGenerator.class, "quirks");
    List<Long> prs = h.createQuery(sql("pull-request-ids")).mapTo(Long.class).list();
    List<Long> users = h.createQuery(sql("user-ids")).mapTo(Long.class).list();
    for (long pr : prs) {
      long commitId = insert(h.createUpdate(sql("insert-commit"))
          .bind("authored", date(20).toString())
          .bind("committed", date(20).toString())
          .bind("body", "Signed-off-by: contributor")
          .bind("headline", "Pin the model revision")
          .bind("oid", hex(40))
          .bind("pullRequest", pr));
      h.createUpdate(sql("insert-commit-author"))
          .bind("commit", commitId)
          .bind("author", users.get((int) (pr % users.size())))
          .execute();
      long mergeId = insert(h.createUpdate(sql("insert-merge-commit")).bind("commit", commitId));
      h.createUpdate(sql("set-merge"))
          .bind("merge", mergeId)
          .bind("owner", users.get(0))
          .bind("pullRequest", pr)
          .execute();
      long reviewId = insert(h.createUpdate(sql("insert-review"))
          .bind("author", users.get((int) ((pr + 1) % users.size())))
          .bind("association", "MEMBER")
          .bind("body", "Looks good.")
          .bind("submittedAt", date(21).toString())
          .bind("state", "APPROVED")
          .bind("pullRequest", pr));
      h.createUpdate(sql("insert-check"))
          .bind("name", "tests")
          .bind("status", "COMPLETED")
          .bind("conclusion", pr % 3 == 0 ? "FAILURE" : "SUCCESS")
          .bind("startedAt", date(20).toString())
          .bind("completedAt", date(20).toString())
          .bind("detailsUrl", "https://github.com/checks/" + pr)
          .bind("pullRequest", pr)
          .execute();
      h.createUpdate(sql("insert-reaction"))
          .bind("content", "THUMBS_UP")
          .bind("count", 1 + (int) (pr % 4))
          .bind("pullRequest", pr)
          .bind("review", reviewId)
          .execute();
    }
    WritableDatabase.runScript(h, SampleDatasetGenerator.class, "finishing");
  }

  private static long insert(Update insert) {
    return insert.executeAndReturnGeneratedKeys().mapTo(Long.class).one();
  }

  // ---- deterministic values ----

  private String hex(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  private static Instant date(int day) {
    return Instant.parse("2023-03-01T09:30:00Z").plusSeconds(86_400L * day);
  }
}
