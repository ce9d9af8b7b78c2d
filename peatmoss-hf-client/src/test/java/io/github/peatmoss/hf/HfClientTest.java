package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.ModelHubClients;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.BadRequestException;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.internal.FakeTime;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfClientTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private HfClient.Builder client() {
    return HfClient.builder()
        .endpoint(server.url("/").uri())
        .withSettings(s -> s.clock(time).sleeper(time).jitter(() -> 0.0));
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private static MockResponse error(int code, String errorCode, String message) {
    MockResponse.Builder b =
        new MockResponse.Builder().code(code).setHeader("X-Request-Id", "Root=1-abc;xyz");
    if (errorCode != null) {
      b.setHeader("X-Error-Code", errorCode);
    }
    if (message != null) {
      b.setHeader("X-Error-Message", message);
    }
    return b.body("{\"error\":\"" + (message == null ? "error" : message) + "\"}")
        .build();
  }

  @Test
  void listModels_multiplePages_followsLinkHeaderAndSendsOptions() throws Exception {
    String page2 = server
        .url("/api/models?search=bert&author=acme&filter=pytorch&filter=license%3Amit"
            + "&pipeline_tag=fill-mask&sort=downloads&limit=2&cursor=eyJvZmZzZXQiOjJ9")
        .toString();
    server.enqueue(new MockResponse.Builder()
        .addHeader("Link", "<" + page2 + ">; rel=\"next\"")
        .body(
            "[{\"_id\":\"1\",\"id\":\"acme/bert-a\",\"downloads\":30,\"likes\":3,\"tags\":[\"pytorch\"]},"
                + "{\"_id\":\"2\",\"id\":\"acme/bert-b\",\"downloads\":20}]")
        .build());
    server.enqueue(
        json("[{\"_id\":\"3\",\"id\":\"acme/bert-c\",\"downloads\":10,\"unknownField\":[1]}]"));

    ListModelsOptions options = ListModelsOptions.builder()
        .addSearches("bert")
        .author("acme")
        .addFilters("pytorch", "license:mit")
        .pipelineTag("fill-mask")
        .sort(HfSort.DOWNLOADS)
        .limit(2)
        .build();
    List<HfModelInfo> models =
        client().build().listModels(options).stream().collect(Collectors.toList());

    assertThat(models)
        .extracting(m -> m.id().value())
        .containsExactly("acme/bert-a", "acme/bert-b", "acme/bert-c");
    assertThat(models.get(0).downloads()).hasValue(30);
    assertThat(models.get(0).tags()).containsExactly("pytorch");
    assertThat(models.get(1).likes()).isEmpty();
    RecordedRequest first = server.takeRequest();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/api/models");
    assertThat(first.getUrl().queryParameterValues("filter"))
        .containsExactly("pytorch", "license:mit");
    assertThat(first.getUrl().queryParameter("pipeline_tag")).isEqualTo("fill-mask");
    assertThat(first.getUrl().queryParameter("sort")).isEqualTo("downloads");
    assertThat(first.getUrl().queryParameter("limit")).isEqualTo("2");
    assertThat(first.getUrl().queryParameter("cursor")).isNull();
    assertThat(server.takeRequest().getUrl().toString()).isEqualTo(page2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listModels_byPage_exposesNextUrlAsContinuationToken() {
    String next = server.url("/api/models?cursor=abc").toString();
    server.enqueue(new MockResponse.Builder()
        .addHeader("Link", "<" + next + ">; rel=\"next\"")
        .body("[{\"id\":\"a/b\"}]")
        .build());
    Iterator<Page<HfModelInfo>> pages =
        client().build().listModels(ListModelsOptions.defaults()).byPage().iterator();
    assertThat(pages.next().continuationToken()).hasValue(next);
  }

  @Test
  void listModels_expandOptions_areRepeatedParameters() throws Exception {
    server.enqueue(json("[]"));
    assertThat(
            client().build().listModels(ListModelsOptions.peatmoss()).stream().count())
        .isZero();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameterValues("expand"))
        .contains("cardData", "config", "library_name", "sha");
    assertThat(request.getUrl().queryParameter("full")).isNull();
  }

  @Test
  void listModelsOptions_expandWithFull_isRejected() {
    assertThatThrownBy(() ->
            ListModelsOptions.builder().full(true).addExpands(HfModelExpand.SHA).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expand cannot be combined");
  }

  @Test
  void listModels_429WithRateLimitHeaders_waitsForResetThenSucceeds() {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("RateLimit", "\"api\";r=0;t=37")
        .addHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300")
        .body("Too Many Requests")
        .build());
    server.enqueue(json("[{\"id\":\"a/b\"}]"));
    List<HfModelInfo> models = client().build().listModels(ListModelsOptions.defaults()).stream()
        .collect(Collectors.toList());
    assertThat(models).hasSize(1);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(38));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listModels_429BeyondMaximumWait_throwsRateLimitExceptionWithReset() {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("RateLimit", "\"api\";r=0;t=299")
        .build());
    HfClient hf = client()
        .retryOptions(RetryOptions.builder().maxWait(Duration.ofSeconds(30)).build())
        .build();
    assertThatThrownBy(
            () -> hf.listModels(ListModelsOptions.defaults()).iterator().hasNext())
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.resetAt()).hasValue(time.instant().plusSeconds(300));
          assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(5));
          assertThat(e.statusCode()).isEqualTo(429);
        });
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void getModelInfo_5xxThenSuccess_retriesAndReadsEveryField() {
    server.enqueue(error(503, null, null));
    server.enqueue(error(500, null, null));
    server.enqueue(json(Fixtures.read("model-info-full.json")));

    HfModelInfo info = client().build().getModelInfo(ModelId.of("acme-labs/tiny-bert-sentiment"));

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(info.id()).isEqualTo(ModelId.of("acme-labs/tiny-bert-sentiment"));
    assertThat(info.internalId()).hasValue("64a1f0c2e8b7d91a2c3f4e5d");
    assertThat(info.sha()).hasValue("3f9a1c27d8e04b5a96c1f2e7d0b8a4c3e5f61728");
    assertThat(info.createdAt())
        .as("the pre-2022 placeholder date reads as unknown")
        .isEmpty();
    assertThat(info.lastModified()).isPresent();
    assertThat(info.gating()).isEqualTo(HfGating.NONE);
    assertThat(info.architectures()).containsExactly("BertForSequenceClassification");
    assertThat(info.modelType()).hasValue("bert");
    assertThat(info.parameterCount()).hasValue(4386306);
    assertThat(info.usedStorage()).hasValue(35120944);
    assertThat(info.siblings())
        .extracting(HfSibling::path)
        .contains("README.md", "model.safetensors");
    assertThat(info.spaces()).containsExactly("acme-labs/sentiment-demo");
    assertThat(info.evalResults())
        .extracting(EvalResult::metricType)
        .containsExactly("accuracy", "f1");
    assertThat(info.cardData()).containsKey("language").doesNotContainKey("thumbnail");
  }

  @Test
  void getModelInfo_revisionAndBlobs_encodeRevisionAsOneSegment() throws Exception {
    server.enqueue(json(Fixtures.read("model-info-no-card.json")));
    HfModelInfo info = client()
        .build()
        .getModelInfo(
            ModelId.of("old-lab/ner-model"),
            ModelInfoOptions.builder().revision("refs/pr/1").blobs(true).build());
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/models/old-lab/ner-model/revision/refs%2Fpr%2F1");
    assertThat(request.getUrl().queryParameter("blobs")).isEqualTo("true");
    assertThat(info.cardData()).isEmpty();
    assertThat(info.evalResults()).isEmpty();
    assertThat(info.siblings().get(1).size()).hasValue(1334448817);
    assertThat(info.siblings().get(1).lfsSha256())
        .hasValueSatisfying(s -> assertThat(s).hasSize(64));
  }

  @Test
  void getModelInfo_renamedRepository_follows307AndKeepsCanonicalId() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .code(307)
        .setHeader("Location", "/api/models/acme-labs/tiny-bert-sentiment")
        .body("Temporary Redirect. Redirecting to /api/models/acme-labs/tiny-bert-sentiment")
        .build());
    server.enqueue(json(Fixtures.read("model-info-full.json")));

    HfModelInfo info = client().build().getModelInfo(ModelId.of("tiny-bert-sentiment"));

    assertThat(info.id().value()).isEqualTo("acme-labs/tiny-bert-sentiment");
    assertThat(info.id().form()).isEqualTo(ModelId.Form.HUGGING_FACE);
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/tiny-bert-sentiment");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme-labs/tiny-bert-sentiment");
  }

  @Test
  void gatedRepository_metadataIsPublic_butCardFetchIsTyped() {
    server.enqueue(json(Fixtures.read("model-info-gated.json")));
    server.enqueue(error(
        401,
        "GatedRepo",
        "Access to model bigcorp/giant-chat-70b is restricted. You must have"
            + " access to it and be authenticated to access it. Please log in."));
    HfClient hf = client().build();
    ModelId id = ModelId.of("bigcorp/giant-chat-70b");

    assertThat(hf.getModelInfo(id).gating()).isEqualTo(HfGating.MANUAL);
    assertThatThrownBy(() -> hf.findModelCard(id))
        .isInstanceOfSatisfying(HfGatedRepositoryException.class, e -> {
          assertThat(e).isInstanceOf(AuthenticationException.class);
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.requestId()).hasValue("Root=1-abc;xyz");
        })
        .hasMessageContaining("GET /bigcorp/giant-chat-70b/resolve/main/README.md -> 401")
        .hasMessageContaining("set HF_TOKEN");
  }

  @Test
  void missingRepository_isTypedNotFound_andFindReturnsEmpty() {
    server.enqueue(error(404, "RepoNotFound", "Repository not found"));
    server.enqueue(error(404, "RepoNotFound", "Repository not found"));
    server.enqueue(error(401, null, null)); // anonymous request for a private or missing repository
    HfClient hf = client().build();
    ModelId id = ModelId.of("nobody/nothing");

    assertThatThrownBy(() -> hf.getModelInfo(id))
        .isInstanceOf(HfRepositoryNotFoundException.class)
        .hasMessageContaining("404 Not Found: Repository not found");
    assertThat(hf.findModelInfo(id)).isEmpty();
    assertThat(hf.findModel(id)).isEmpty();
  }

  @Test
  void revisionEntryDisabledAndBadRequest_mapToTypedExceptions() {
    server.enqueue(error(404, "RevisionNotFound", "Invalid rev id: nope"));
    server.enqueue(error(404, "EntryNotFound", "Entry not found"));
    server.enqueue(error(403, null, "Access to this resource is disabled."));
    server.enqueue(error(400, null, "Invalid expand"));
    server.enqueue(error(401, null, "Invalid credentials in Authorization header"));
    HfClient hf = client().build();
    ModelId id = ModelId.of("acme/model");

    assertThatThrownBy(() ->
            hf.getModelInfo(id, ModelInfoOptions.builder().revision("nope").build()))
        .isInstanceOf(HfRevisionNotFoundException.class);
    assertThatThrownBy(() -> hf.readTextFile(id, "main", "missing.txt"))
        .isInstanceOf(HfEntryNotFoundException.class);
    assertThatThrownBy(() -> hf.getModelInfo(id)).isInstanceOf(HfDisabledRepositoryException.class);
    assertThatThrownBy(() -> hf.getModelInfo(id))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Invalid expand");
    assertThatThrownBy(() -> hf.getModelInfo(id))
        .isExactlyInstanceOf(AuthenticationException.class)
        .hasMessageContaining("check HF_TOKEN");
  }

  @Test
  void malformedJson_isDecodeException() {
    server.enqueue(json("{\"id\":\"acme/model\",\"downloads\":"));
    server.enqueue(json("[{\"id\":\"acme/a\"},"));
    server.enqueue(json("{\"error\":\"not a list\"}"));
    server.enqueue(json("[{\"downloads\":3}]"));
    HfClient hf = client().build();
    assertThatThrownBy(() -> hf.getModelInfo(ModelId.of("acme/model")))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not the expected JSON");
    assertThatThrownBy(
            () -> hf.listModels(ListModelsOptions.defaults()).stream().count())
        .isInstanceOf(DecodeException.class);
    assertThatThrownBy(
            () -> hf.listModels(ListModelsOptions.defaults()).stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("expected a JSON array");
    assertThatThrownBy(
            () -> hf.listModels(ListModelsOptions.defaults()).stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("without 'id'");
  }

  @Test
  void token_isSentButNeverShown() throws Exception {
    server.enqueue(error(500, null, null));
    HfClient hf = client()
        .token(HfToken.of("hf_supersecret123"))
        .retryOptions(RetryOptions.none())
        .userAgentSuffix("study/1")
        .build();
    assertThatThrownBy(() -> hf.getModelInfo(ModelId.of("a/b")))
        .hasMessageNotContaining("hf_supersecret123");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer hf_supersecret123");
    assertThat(request.getHeaders().get("User-Agent"))
        .startsWith("peatmoss-java/")
        .endsWith(" study/1");
    assertThat(hf.toString()).doesNotContain("hf_supersecret123").contains("redacted");
    assertThat(HfToken.of("hf_supersecret123").toString()).isEqualTo("HfToken[redacted]");
  }

  @Test
  void continuationToken_onAnotherOrigin_isMovedOntoTheEndpoint_andForeignPathsRejected() {
    HfClient hf = client().build();
    okhttp3.HttpUrl first = server.url("/api/models");
    assertThat(hf.continuation("https://huggingface.co/api/models?cursor=xyz", first))
        .isEqualTo(server.url("/api/models?cursor=xyz"));
    assertThatThrownBy(() -> hf.continuation("https://evil.example/steal?cursor=1", first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a page of /api/models");
  }

  @Test
  void findModelCards_fetchesConcurrently_inInputOrder_emptyForMissingCards() {
    FakeHub hub = new FakeHub(30, 10);
    server.setDispatcher(hub);
    HfClient hf = client().concurrency(4).build();
    List<ModelId> ids = List.of(
        ModelId.of(FakeHub.modelId(3)),
        ModelId.of(FakeHub.modelId(9)),
        ModelId.of(FakeHub.modelId(0)),
        ModelId.of(FakeHub.modelId(19)),
        ModelId.of(FakeHub.modelId(5)));

    List<Optional<String>> cards = hf.findModelCards(ids);

    assertThat(cards).hasSize(5);
    assertThat(cards.get(0))
        .hasValueSatisfying(c -> assertThat(c).contains("# " + FakeHub.modelId(3)));
    assertThat(cards.get(1)).isEmpty();
    assertThat(cards.get(2))
        .hasValueSatisfying(c -> assertThat(c).contains("# " + FakeHub.modelId(0)));
    assertThat(cards.get(3)).isEmpty();
    assertThat(cards.get(4))
        .hasValueSatisfying(c -> assertThat(c).contains("# " + FakeHub.modelId(5)));
    assertThat(hub.requests()).hasSize(5);
  }

  @Test
  void getModelInfos_runConcurrently_neverMoreThanTheLimit() throws Exception {
    java.util.concurrent.atomic.AtomicInteger inFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger maxInFlight =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch threeArrived = new java.util.concurrent.CountDownLatch(3);
    FakeHub hub = new FakeHub(12, 12);
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        threeArrived.countDown();
        threeArrived.await(
            10, java.util.concurrent.TimeUnit.SECONDS); // hold the first three until all are in
        inFlight.decrementAndGet();
        return hub.dispatch(request);
      }
    });
    List<ModelId> ids = java.util.stream.IntStream.range(0, 12)
        .mapToObj(i -> ModelId.of(FakeHub.modelId(i)))
        .collect(Collectors.toList());

    List<HfModelInfo> infos = client().concurrency(3).build().getModelInfos(ids);

    assertThat(infos).extracting(HfModelInfo::id).containsExactlyElementsOf(ids);
    assertThat(maxInFlight.get()).isEqualTo(3);
  }

  @Test
  void findModelCards_gatedOrDisabledCard_isAbsentNotFatal() {
    server.enqueue(error(403, "GatedRepo", "Access restricted"));
    server.enqueue(error(403, null, "Access to this resource is disabled."));
    List<Optional<String>> cards = client()
        .concurrency(1)
        .build()
        .findModelCards(List.of(ModelId.of("bigcorp/gated"), ModelId.of("bad/disabled")));
    assertThat(cards).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void getModelCard_parsesTheReadme() {
    server.setDispatcher(new FakeHub(5, 5));
    ModelCard card = client().build().getModelCard(ModelId.of(FakeHub.modelId(1)));
    assertThat(card.licenses()).containsExactly("apache-2.0");
    assertThat(card.evalResults())
        .singleElement()
        .satisfies(r -> assertThat(r.datasetName()).isEqualTo("IMDb"));
    assertThat(card.sections())
        .extracting(CardSection::title)
        .containsExactly(FakeHub.modelId(1), "Training");
  }

  @Test
  void listRepoTree_recursivePaginated() throws Exception {
    String next =
        server.url("/api/models/acme/m/tree/main?recursive=true&cursor=p2").toString();
    server.enqueue(new MockResponse.Builder()
        .addHeader("Link", "<" + next + ">; rel=\"next\"")
        .body("[{\"type\":\"directory\",\"oid\":\"aa\",\"size\":0,\"path\":\"onnx\"},"
            + "{\"type\":\"file\",\"oid\":\"bb\",\"size\":1024,\"path\":\"onnx/model.onnx\","
            + "\"lfs\":{\"oid\":\"" + "c".repeat(64) + "\",\"size\":1024,\"pointerSize\":132}}]")
        .build());
    server.enqueue(
        json(
            "[{\"type\":\"file\",\"oid\":\"dd\",\"size\":12,\"path\":\"README.md\","
                + "\"lastCommit\":{\"id\":\"ee\",\"title\":\"init\",\"date\":\"2024-01-02T03:04:05.000Z\"}}]"));
    List<HfTreeEntry> entries = client()
        .build()
        .listRepoTree(
            ModelId.of("acme/m"), ListTreeOptions.builder().recursive(true).build())
        .stream()
        .collect(Collectors.toList());
    assertThat(entries)
        .extracting(HfTreeEntry::path)
        .containsExactly("onnx", "onnx/model.onnx", "README.md");
    assertThat(entries.get(0).type()).isEqualTo(HfTreeEntry.Type.DIRECTORY);
    assertThat(entries.get(1).lfsSha256()).hasValue("c".repeat(64));
    assertThat(entries.get(2).lastCommitId()).hasValue("ee");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme/m/tree/main");
  }

  @Test
  void downloadFile_writesTarget(@TempDir Path dir) throws Exception {
    server.enqueue(
        new MockResponse.Builder().body("{\"architectures\":[\"X\"]}").build());
    Path target = client()
        .build()
        .downloadFile(ModelId.of("acme/m"), "config.json", dir.resolve("out/config.json"));
    assertThat(Files.readString(target)).isEqualTo("{\"architectures\":[\"X\"]}");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/acme/m/resolve/main/config.json");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.count()).as("no temporary file left behind").isEqualTo(1);
    }
  }

  @Test
  void listDatasets_readsDatasetObjects() throws Exception {
    server.enqueue(
        json("[{\"_id\":\"1\",\"id\":\"acme/reviews\",\"author\":\"acme\",\"downloads\":5,"
            + "\"gated\":\"auto\",\"tags\":[\"task_categories:text-classification\"]}]"));
    List<HfDatasetInfo> datasets =
        client()
            .build()
            .listDatasets(ListDatasetsOptions.builder().author("acme").build())
            .stream()
            .collect(Collectors.toList());
    assertThat(datasets).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("acme/reviews");
      assertThat(d.gating()).isEqualTo(HfGating.AUTO);
    });
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/datasets");
  }

  @Test
  void provider_isFoundThroughServiceLoader_andReadsConfig() {
    server.setDispatcher(new FakeHub(3, 2));
    ModelHubClient hub = ModelHubClients.create(
        "huggingface",
        HubClientConfig.builder()
            .endpoint(URI.create(server.url("/").toString()))
            .putProperty("concurrency", "2")
            .build());
    assertThat(hub).isInstanceOf(HfClient.class);
    assertThat(((HfClient) hub).concurrency()).isEqualTo(2);
    List<Model> models = hub.listModels().stream().collect(Collectors.toList());
    assertThat(models).hasSize(3);
    assertThat(hub.findModelCard(ModelId.of(FakeHub.modelId(0)))).isPresent();
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> HfClient.builder().endpoint(URI.create("ftp://x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HfClient.builder().concurrency(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HfToken.of(" ")).isInstanceOf(IllegalArgumentException.class);
    HfClient hf = HfClient.builder().concurrency(3).build();
    assertThat(hf.toBuilder().build().concurrency()).isEqualTo(3);
    assertThat(hf.endpoint()).isEqualTo(HfClient.DEFAULT_ENDPOINT);
  }
}
