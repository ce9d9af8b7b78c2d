package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.HubClientConfig;
import io.github.peatmoss.core.ModelHubClients;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.internal.FakeTime;
import java.net.URI;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The query each option puts on the wire, and the small answers of the client itself. */
class HfClientRequestTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private HfClient client() {
    return HfClient.builder()
        .endpoint(server.url("/").uri())
        .withSettings(s -> s.clock(time).sleeper(time).jitter(() -> 0.0))
        .build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  @Test
  void listDatasets_sendsEveryOption() throws Exception {
    server.enqueue(json("[{\"id\":\"acme/ds\",\"private\":true,\"gated\":\"auto\"}]"));
    ListDatasetsOptions options = ListDatasetsOptions.builder()
        .addSearches("squad")
        .author("acme")
        .addFilters("task_categories:qa", "language:en")
        .sort(HfSort.LIKES)
        .limit(7)
        .full(true)
        .build();
    HfDatasetInfo ds = client().listDatasets(options).stream().findFirst().orElseThrow();

    assertThat(ds.id()).isEqualTo("acme/ds");
    assertThat(ds.isPrivateRepository()).isTrue();
    assertThat(ds.gating()).isEqualTo(HfGating.AUTO);
    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.encodedPath()).isEqualTo("/api/datasets");
    assertThat(url.queryParameterValues("search")).containsExactly("squad");
    assertThat(url.queryParameter("author")).isEqualTo("acme");
    assertThat(url.queryParameterValues("filter"))
        .containsExactly("task_categories:qa", "language:en");
    assertThat(url.queryParameter("sort")).isEqualTo(HfSort.LIKES.wireName());
    assertThat(url.queryParameter("limit")).isEqualTo("7");
    assertThat(url.queryParameter("full")).isEqualTo("true");
  }

  @Test
  void listDatasets_defaults_sendNoQuery() throws Exception {
    server.enqueue(json("[]"));
    assertThat(client().listDatasets(ListDatasetsOptions.defaults()).stream()).isEmpty();
    assertThat(server.takeRequest().getUrl().query()).isNull();
  }

  @Test
  void listDatasets_itemWithoutId_isDecodeException() {
    server.enqueue(json("[{\"author\":\"acme\"}]"));
    assertThatThrownBy(
            () -> client().listDatasets(ListDatasetsOptions.defaults()).stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("GET /api/datasets: a dataset without 'id'");
  }

  @Test
  void listModels_sendsSearchAuthorAndPropertyFlags() throws Exception {
    server.enqueue(json("[]"));
    ListModelsOptions options = ListModelsOptions.builder()
        .addSearches("bert", "tiny")
        .author("acme")
        .full(true)
        .cardData(true)
        .config(true)
        .build();
    assertThat(client().listModels(options).stream()).isEmpty();
    HttpUrl url = server.takeRequest().getUrl();
    assertThat(url.queryParameterValues("search")).containsExactly("bert", "tiny");
    assertThat(url.queryParameter("author")).isEqualTo("acme");
    assertThat(url.queryParameter("full")).isEqualTo("true");
    assertThat(url.queryParameter("cardData")).isEqualTo("true");
    assertThat(url.queryParameter("config")).isEqualTo("true");
  }

  @Test
  void listModels_defaults_sendNoQuery() throws Exception {
    server.enqueue(json("[]"));
    assertThat(client().listModels(ListModelsOptions.defaults()).stream()).isEmpty();
    assertThat(server.takeRequest().getUrl().query()).isNull();
  }

  @Test
  void getModelInfo_sendsBlobsAndExpands_onlyWhenAsked() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json("{\"id\":\"acme/m\"}"));
    }
    HfClient hf = client();
    ModelId id = ModelId.of("acme/m");
    hf.getModelInfo(id, ModelInfoOptions.builder().blobs(true).build());
    hf.getModelInfo(
        id,
        ModelInfoOptions.builder()
            .addExpands(HfModelExpand.AUTHOR, HfModelExpand.SHA)
            .build());
    hf.getModelInfo(id);

    assertThat(server.takeRequest().getUrl().queryParameter("blobs")).isEqualTo("true");
    assertThat(server.takeRequest().getUrl().queryParameterValues("expand"))
        .containsExactly("author", "sha");
    assertThat(server.takeRequest().getUrl().query()).isNull();
  }

  @Test
  void listRepoTree_sendsPathRecursiveAndExpand_onlyWhenAsked() throws Exception {
    server.enqueue(json("[{\"type\":\"directory\",\"path\":\"sub/dir\"}]"));
    server.enqueue(json("[{\"type\":\"file\",\"path\":\"a.txt\"}]"));
    HfClient hf = client();
    ModelId id = ModelId.of("acme/m");
    HfTreeEntry dir = hf
        .listRepoTree(
            id,
            ListTreeOptions.builder()
                .revision("v1")
                .path("/sub/")
                .recursive(true)
                .expand(true)
                .build())
        .stream()
        .findFirst()
        .orElseThrow();
    HfTreeEntry file =
        hf.listRepoTree(id, ListTreeOptions.defaults()).stream().findFirst().orElseThrow();

    assertThat(dir.type()).isEqualTo(HfTreeEntry.Type.DIRECTORY);
    assertThat(file.type()).isEqualTo(HfTreeEntry.Type.FILE);
    HttpUrl asked = server.takeRequest().getUrl();
    assertThat(asked.encodedPath()).isEqualTo("/api/models/acme/m/tree/v1/sub");
    assertThat(asked.queryParameter("recursive")).isEqualTo("true");
    assertThat(asked.queryParameter("expand")).isEqualTo("true");
    HttpUrl plain = server.takeRequest().getUrl();
    assertThat(plain.encodedPath()).isEqualTo("/api/models/acme/m/tree/main");
    assertThat(plain.query()).isNull();
  }

  @Test
  void listRepoTree_entryWithoutType_isDecodeException() {
    server.enqueue(json("[{\"path\":\"a.txt\"}]"));
    assertThatThrownBy(
            () -> client().listRepoTree(ModelId.of("acme/m"), ListTreeOptions.defaults()).stream()
                .count())
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("a tree entry without 'path' or 'type'");
  }

  @Test
  void findModel_mapsAnExistingModel() throws Exception {
    server.enqueue(json("{\"id\":\"acme/m\",\"downloads\":5}"));
    assertThat(client().findModel(ModelId.of("acme/m")))
        .hasValueSatisfying(m -> assertThat(m.downloads()).hasValue(5));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/models/acme/m");
  }

  @Test
  void readTextFile_blankRevisionOrPath_isRefused() {
    HfClient hf = client();
    ModelId id = ModelId.of("acme/m");
    assertThatThrownBy(() -> hf.readTextFile(id, " ", "README.md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision and path must not be blank");
    assertThatThrownBy(() -> hf.readTextFile(id, "main", "//"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void hubAndToString_sayWhichHubAndWhetherATokenIsSet_neverTheToken() {
    HfClient anonymous = client();
    HfClient withToken =
        anonymous.toBuilder().token(HfToken.of("hf_secretvalue")).build();
    assertThat(anonymous.hub()).isEqualTo(ModelHub.HUGGING_FACE);
    assertThat(anonymous.toString()).contains("token=none").doesNotContain("redacted");
    assertThat(withToken.toString()).contains("token=redacted").doesNotContain("hf_secretvalue");
  }

  @Test
  void bucket_separatesApiResolveAndPageWindows() {
    assertThat(HfClient.bucket("/api/models/acme/m")).isEqualTo("api");
    assertThat(HfClient.bucket("/acme/m/resolve/main/README.md")).isEqualTo("resolvers");
    assertThat(HfClient.bucket("/acme/m")).isEqualTo("pages");
    assertThat(HfClient.bucket("/api/acme/resolve/x")).isEqualTo("api");
  }

  @Test
  void isHtmlPage_recognisesPagesAfterWhitespace_notMarkdown() {
    assertThat(HfClient.isHtmlPage("  \n<!DOCTYPE html><html>")).isTrue();
    assertThat(HfClient.isHtmlPage("<HTML><body>")).isTrue();
    assertThat(HfClient.isHtmlPage("# Card\n<html>")).isFalse();
    assertThat(HfClient.isHtmlPage("")).isFalse();
  }

  @Test
  void provider_readsTokenUserAgentAndMaxWait_fromConfig() throws Exception {
    HfClient hf = (HfClient) ModelHubClients.create(
        "huggingface",
        HubClientConfig.builder()
            .endpoint(URI.create(server.url("/").toString()))
            .token("hf_fromconfig")
            .userAgentSuffix("study/1")
            .putProperty("maxWaitSeconds", " 7 ")
            .build());
    assertThat(hf.toString()).contains("token=redacted");
    assertThat(hf.settings().userAgentSuffix()).hasValue("study/1");
    assertThat(hf.settings().retryOptions().maxWait()).isEqualTo(Duration.ofSeconds(7));
    server.enqueue(json("{\"id\":\"acme/m\"}"));
    hf.getModelInfo(ModelId.of("acme/m"));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer hf_fromconfig");
    assertThat(request.getHeaders().get("User-Agent")).contains("study/1");
  }

  @Test
  void provider_badNumber_isIllegalArgument() {
    assertThatThrownBy(() -> ModelHubClients.create(
            "huggingface",
            HubClientConfig.builder().putProperty("maxWaitSeconds", "soon").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWaitSeconds must be an integer: soon");
  }

  @Test
  void unauthorizedOnARepositoryPath_withoutAnErrorCode_isRepositoryNotFound() {
    server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
    assertThatThrownBy(() -> client().getModelInfo(ModelId.of("acme/private")))
        .isInstanceOf(HfRepositoryNotFoundException.class);
  }

  @Test
  void getDiscussion_numberZeroIsAsked_negativeIsRefused() throws Exception {
    server.enqueue(json("{\"num\":0,\"title\":\"first\"}"));
    HfClient hf = client();
    assertThat(hf.getDiscussion(ModelId.of("acme/m"), 0).title()).hasValue("first");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme/m/discussions/0");
    assertThatThrownBy(() -> hf.getDiscussion(ModelId.of("acme/m"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("discussion number must be >= 0: -1");
  }

  @Test
  void listDiscussions_resumesFromPageZero() throws Exception {
    server.enqueue(json("{\"discussions\":[{\"num\":4}],\"count\":1,\"start\":0}"));
    assertThat(client()
            .listDiscussions(ModelId.of("acme/m"))
            .byPage("0")
            .iterator()
            .next()
            .items())
        .extracting(HfDiscussionSummary::num)
        .containsExactly(4);
    assertThat(server.takeRequest().getUrl().queryParameter("p")).isEqualTo("0");
  }

  @Test
  void listCommits_blankRevision_isRefused() {
    assertThatThrownBy(() -> client().listCommits(ModelId.of("acme/m"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision must not be blank");
  }
}
