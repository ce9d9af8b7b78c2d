package io.github.peatmoss.dataset.internal;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Language;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Paper;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.PeatmossWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a synthetic PeaTMOSS database with the published cardinalities, for benchmarks: 281,638 models
 * (281,276 Hugging Face, 362 PyTorch Hub), 28,575 reuse repositories of which 15,129 reuse models, and 44,337
 * model-to-repository links (30,514 to Hugging Face models, 13,823 to PyTorch Hub models) concentrated on
 * 2,530 models with a long tail, each with a reuse file. Lookup fan-out follows the published data's shape:
 * about 4 tags per model from a Zipf-distributed vocabulary, one author per namespaced model, a license on
 * about 45% of models, libraries, frameworks, architectures, some datasets, papers and languages, and R2 domains
 * and tasks on the 14,296 models PeaTMOSS snapshotted. Deterministic for a given seed and counts.
 *
 * <pre>
 * java -cp ... io.github.peatmoss.dataset.internal.ScaleDatasetGenerator OUTPUT.db [--fraction F]
 *     [--models N] [--repositories N] [--links N] [--seed N]
 * </pre>
 *
 * <p>{@code --fraction F} scales the three published counts by {@code F} (0.1 writes a tenth of the database,
 * for profiling the writer); {@code --models}, {@code --repositories} and {@code --links} given after it
 * override single counts.
 *
 * <p>Prints {@code progress models=N} lines to stdout as batches commit.
 */
public final class ScaleDatasetGenerator {
  /** Models in PeaTMOSS. */
  public static final int MODELS = 281_638;
  /** PyTorch Hub models in PeaTMOSS. */
  public static final int PYTORCH_MODELS = 362;
  /** Downstream repositories in PeaTMOSS. */
  public static final int REPOSITORIES = 28_575;
  /** Model-to-repository links in PeaTMOSS. */
  public static final int LINKS = 44_337;

  private static final int BATCH = 5_000;

  private final SplittableRandom random;
  private final int models;
  private final int repositories;
  private final int links;
  private final PrintStream progress;
  private final String[] tags;
  private final String[] licenses = {
    "apache-2.0",
    "mit",
    "openrail",
    "cc-by-4.0",
    "cc-by-nc-4.0",
    "other",
    "bsd-3-clause",
    "creativeml-openrail-m",
    "cc-by-sa-4.0",
    "gpl-3.0",
    "agpl-3.0",
    "llama2",
    "afl-3.0",
    "cc-by-nc-sa-4.0",
    "wtfpl",
    "bigscience-bloom-rail-1.0",
    "lgpl-3.0",
    "unknown",
    "cc0-1.0",
    "mpl-2.0"
  };
  private final String[] repositoryLicenses = {
    "MIT",
    "Apache-2.0",
    "GPL-3.0-only",
    "BSD-3-Clause",
    "GPL-2.0-only",
    "AGPL-3.0-only",
    "MPL-2.0",
    "LGPL-2.1-only",
    "Unlicense",
    "CC-BY-4.0"
  };
  private final String[] libraries = {
    "transformers",
    "diffusers",
    "timm",
    "sentence-transformers",
    "peft",
    "stable-baselines3",
    "ml-agents",
    "keras",
    "adapter-transformers",
    "espnet",
    "spacy",
    "fairseq"
  };
  private final String[] frameworks = {
    "bert",
    "gpt2",
    "roberta",
    "t5",
    "llama",
    "vit",
    "whisper",
    "wav2vec2",
    "distilbert",
    "bart",
    "mistral",
    "clip",
    "deberta",
    "xlm-roberta",
    "mt5"
  };
  private final String[] domains = {
    "natural-language-processing",
    "computer-vision",
    "audio",
    "multimodal",
    "tabular",
    "reinforcement-learning"
  };

  private ScaleDatasetGenerator(
      long seed, int models, int repositories, int links, PrintStream progress) {
    this.random = new SplittableRandom(seed);
    this.models = models;
    this.repositories = repositories;
    this.links = links;
    this.progress = progress;
    this.tags = new String[5_000];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = i < 40
          ? new String[] {
                "pytorch",
                "safetensors",
                "transformers",
                "text-generation",
                "text-classification",
                "endpoints_compatible",
                "region:us",
                "autotrain_compatible",
                "en",
                "tensorboard",
                "generated_from_trainer",
                "fill-mask",
                "tf",
                "jax",
                "image-classification",
                "license:mit",
                "automatic-speech-recognition",
                "token-classification",
                "sentence-similarity",
                "question-answering",
                "summarization",
                "translation",
                "conversational",
                "feature-extraction",
                "diffusers",
                "lora",
                "stable-diffusion",
                "text2text-generation",
                "reinforcement-learning",
                "deep-reinforcement-learning",
                "custom_code",
                "gguf",
                "onnx",
                "audio-classification",
                "object-detection",
                "zero-shot-classification",
                "image-to-text",
                "text-to-image",
                "dataset:imdb",
                "has_space"
              }
              [i]
          : "tag-" + i;
    }
  }

  /** Writes the database; see the class documentation for arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args[0].startsWith("--")) {
      throw new IllegalArgumentException(
          "usage: ScaleDatasetGenerator OUTPUT.db [--fraction F] [--models N] [--repositories N]"
              + " [--links N] [--seed N]");
    }
    int models = MODELS;
    int repositories = REPOSITORIES;
    int links = LINKS;
    long seed = 281_638L;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--fraction":
          double fraction = Double.parseDouble(args[i + 1]);
          if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException(
                "--fraction takes a number in (0, 1]: " + args[i + 1]);
          }
          models = (int) Math.round(MODELS * fraction);
          repositories = (int) Math.round(REPOSITORIES * fraction);
          links = (int) Math.round(LINKS * fraction);
          break;
        case "--models":
          models = Integer.parseInt(args[i + 1]);
          break;
        case "--repositories":
          repositories = Integer.parseInt(args[i + 1]);
          break;
        case "--links":
          links = Integer.parseInt(args[i + 1]);
          break;
        case "--seed":
          seed = Long.parseLong(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path target = Path.of(args[0]);
    Files.deleteIfExists(target);
    long start = System.nanoTime();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new ScaleDatasetGenerator(seed, models, repositories, links, out).write(target);
    out.printf(
        "done file=%s bytes=%d seconds=%.1f%n",
        target, Files.size(target), (System.nanoTime() - start) / 1e9);
  }

  /** Writes a database with the given counts to {@code target} (which must not exist). */
  public static void generate(Path target, long seed, int models, int repositories, int links) {
    new ScaleDatasetGenerator(seed, models, repositories, links, null).write(target);
  }

  private void write(Path target) {
    int pytorch = Math.min(PYTORCH_MODELS, models / 10);
    List<ModelId> ids = new ArrayList<>(models);
    try (PeatmossWriter writer = PeatmossWriter.open(target)) {
      List<Model> batch = new ArrayList<>(BATCH);
      for (int i = 0; i < models; i++) {
        Model model = i < pytorch ? pytorchModel(i) : hfModel(i, models);
        ids.add(model.id());
        batch.add(model);
        if (batch.size() == BATCH || i == models - 1) {
          List<Model> toWrite = List.copyOf(batch);
          writer.write(b -> toWrite.forEach(b::upsertModel));
          batch.clear();
          if (progress != null) {
            progress.println("progress models=" + (i + 1));
          }
        }
      }
      List<RepoRef> repos = new ArrayList<>(repositories);
      Set<String> seen = new HashSet<>();
      while (repos.size() < repositories) {
        RepoRef repo = RepoRef.of(
            "dev-" + random.nextInt(repositories / 2 + 1), "app-" + random.nextInt(5_000));
        if (seen.add(repo.fullName().toLowerCase(java.util.Locale.ROOT))) {
          repos.add(repo);
        }
      }
      for (int from = 0; from < repos.size(); from += BATCH) {
        List<RepoRef> slice = repos.subList(from, Math.min(repos.size(), from + BATCH));
        writer.write(b -> {
          for (RepoRef repo : slice) {
            ReuseRepository.Builder r =
                ReuseRepository.builder().repository(repo).url("github.com/" + repo);
            if (random.nextInt(10) < 7) {
              r.addLicense(repositoryLicenses[zipf(repositoryLicenses.length, 1.2)]);
            }
            b.upsertReuseRepository(r.build());
          }
        });
      }
      writeLinks(writer, ids, pytorch, repos);
    }
  }

  /** Links: 2,530 reused models (all PyTorch ones that fit, the rest Hugging Face), long-tailed fan-out. */
  private void writeLinks(
      PeatmossWriter writer, List<ModelId> ids, int pytorch, List<RepoRef> repos) {
    int linkedRepos = Math.max(1, (int) Math.round(repos.size() * (15_129.0 / REPOSITORIES)));
    int linkedModels = Math.max(2, (int) Math.round(ids.size() * (2_530.0 / MODELS)));
    int pytorchLinked = Math.min(pytorch, Math.max(1, linkedModels / 8));
    int pytorchLinks = (int) Math.round(links * (13_823.0 / LINKS));
    List<ModelId> hfLinked = new ArrayList<>();
    Set<Integer> picked = new HashSet<>();
    while (hfLinked.size() < linkedModels - pytorchLinked && picked.size() < ids.size() - pytorch) {
      int index = pytorch + random.nextInt(ids.size() - pytorch);
      if (picked.add(index)) {
        hfLinked.add(ids.get(index));
      }
    }
    List<ModelId> ptLinked = ids.subList(0, pytorchLinked);
    Set<Long> pairs = new HashSet<>();
    List<long[]> order = new ArrayList<>();
    int ptCount = 0;
    // Every linked model and every linked repository has at least one link; the rest follow a long
    // tail.
    int seeded = Math.min(links, Math.max(linkedRepos, hfLinked.size() + pytorchLinked));
    for (int i = 0; order.size() < links; i++) {
      int model;
      if (i < seeded && i < pytorchLinked + hfLinked.size()) {
        model = i;
      } else if (ptCount < pytorchLinks && (i >= seeded || i % 3 == 0)) {
        model = zipf(pytorchLinked, 1.1);
      } else {
        model = pytorchLinked + zipf(hfLinked.size(), 1.1);
      }
      int repo = i < linkedRepos ? i : random.nextInt(linkedRepos);
      if (pairs.add(((long) model << 32) | repo)) {
        order.add(new long[] {model, repo});
        if (model < pytorchLinked) {
          ptCount++;
        }
      }
    }
    List<ModelId> linked = new ArrayList<>(ptLinked);
    linked.addAll(hfLinked);
    for (int from = 0; from < order.size(); from += BATCH) {
      List<long[]> slice = order.subList(from, Math.min(order.size(), from + BATCH));
      writer.write(b -> {
        for (long[] pair : slice) {
          ModelId model = linked.get((int) pair[0]);
          RepoRef repo = repos.get((int) pair[1]);
          b.upsertReuseFile(ReuseFile.builder()
              .model(model)
              .repository(repo)
              .path(repo.owner() + "_" + repo.name() + "/" + repo.name() + "/src/use_" + pair[0]
                  + ".py")
              .build());
        }
      });
      if (progress != null) {
        progress.println("progress links=" + Math.min(order.size(), from + BATCH));
      }
    }
  }

  private Model pytorchModel(int i) {
    String owner = "hub-owner-" + (i / 6);
    ModelId id = ModelId.pytorchHub(RepoRef.of(owner, "models" + (i % 3)), "entry_" + i);
    Model.Builder b = Model.builder()
        .id(id)
        .hub(ModelHub.PYTORCH_HUB)
        .repoUrl("github.com/" + owner + "/models" + (i % 3))
        .hasSnapshot(true)
        .addAuthor(owner)
        .addTag(random.nextBoolean() ? "vision" : "audio")
        .addTag("researchers");
    if (random.nextInt(10) < 8) {
      b.addLicense(licenses[zipf(licenses.length, 1.5)]);
    }
    return b.build();
  }

  private Model hfModel(int i, int total) {
    boolean legacy = i % 40 == 0;
    String namespace = "org-" + zipf(60_000, 0.9);
    ModelId id = legacy ? ModelId.of("legacy-model-" + i) : ModelId.of(namespace + "/model-" + i);
    Model.Builder b = Model.builder()
        .id(id)
        .hub(ModelHub.HUGGING_FACE)
        .repoUrl("https://huggingface.co/" + id.value())
        .sha(Long.toHexString(random.nextLong()))
        .hasSnapshot(i % (total / 14_296 + 1) == 0);
    if (random.nextInt(50) != 0) {
      b.downloads((long) Math.pow(10, random.nextDouble() * 6.5))
          .likes((long) Math.pow(10, random.nextDouble() * 3));
    }
    if (!legacy) {
      b.addAuthor(namespace);
    }
    int licensed = random.nextInt(1_000);
    if (licensed < 450) {
      b.addLicense(licenses[zipf(licenses.length, 1.5)]);
      if (licensed < 5) {
        b.addLicense("cc-by-4.0".equals(b.build().licenses().get(0)) ? "mit" : "cc-by-4.0");
      }
    }
    Set<String> modelTags = new java.util.LinkedHashSet<>();
    int tagCount = 1 + random.nextInt(8);
    for (int t = 0; t < tagCount; t++) {
      modelTags.add(tags[zipf(tags.length, 1.0)]);
    }
    b.addAllTags(modelTags);
    if (random.nextInt(10) < 7) {
      b.addLibrary(libraries[zipf(libraries.length, 1.3)]);
    }
    if (random.nextBoolean()) {
      b.addFramework(frameworks[zipf(frameworks.length, 1.1)]);
      b.addArchitecture(frameworks[zipf(frameworks.length, 1.1)] + "ForCausalLM");
    }
    if (random.nextInt(5) == 0) {
      b.addDataset(Dataset.builder().name("dataset-" + zipf(8_000, 1.0)).build());
    }
    if (random.nextInt(12) == 0) {
      b.addPaper(Paper.builder()
          .title("https://arxiv.org/abs/" + (1_800 + random.nextInt(500)) + "."
              + (10_000 + random.nextInt(9_000)))
          .build());
    }
    if (random.nextInt(7) == 0) {
      int language = zipf(60, 1.2);
      b.addLanguage(Language.builder()
          .name("language-" + language)
          .abbreviation("l" + language)
          .build());
    }
    if (i % (total / 14_296 + 1) == 0) {
      b.addDomain(domains[zipf(domains.length, 1.0)]).addTask(tags[3 + random.nextInt(20)]);
    }
    return b.build();
  }

  /** Returns a rank in [0, n) drawn with probability proportional to 1 / (rank + 1)^s (approximate inversion). */
  private int zipf(int n, double s) {
    if (n <= 1) {
      return 0;
    }
    double u = random.nextDouble();
    double rank;
    if (Math.abs(s - 1.0) < 1e-9) {
      rank = Math.exp(u * Math.log(n + 1.0)) - 1.0;
    } else {
      double a = 1.0 - s;
      rank = Math.pow(u * (Math.pow(n + 1.0, a) - 1.0) + 1.0, 1.0 / a) - 1.0;
    }
    return Math.min(n - 1, Math.max(0, (int) rank));
  }
}
