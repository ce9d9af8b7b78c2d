package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.peatmoss.core.Page;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/** Every core value type survives Jackson serialisation and deserialisation unchanged. */
class ValueJsonRoundTripPropertyTest {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();
  private static final TypeFactory TYPES = JSON.getTypeFactory();

  /** Every value type of the model package (and {@link Page}), with an arbitrary of its values. */
  static Map<String, Tuple2<JavaType, Arbitrary<?>>> cases() {
    Map<String, Tuple2<JavaType, Arbitrary<?>>> cases = new LinkedHashMap<>();
    put(cases, ModelHub.class, CoreArbitraries.modelHubs());
    put(cases, Dataset.class, CoreArbitraries.datasets());
    put(cases, Paper.class, CoreArbitraries.papers());
    put(cases, Language.class, CoreArbitraries.languages());
    put(cases, Model.class, CoreArbitraries.models());
    put(cases, HfCommit.class, CoreArbitraries.hfCommits());
    put(cases, GitRef.class, CoreArbitraries.gitRefs());
    put(cases, DiscussionEvent.class, CoreArbitraries.discussionEvents());
    put(cases, Discussion.class, CoreArbitraries.discussions());
    put(cases, ReuseRepository.class, CoreArbitraries.reuseRepositories());
    put(cases, ReuseFile.class, CoreArbitraries.reuseFiles());
    put(cases, ReuseLink.class, CoreArbitraries.reuseLinks());
    put(cases, LicensedReuseLink.class, CoreArbitraries.licensedReuseLinks());
    put(cases, GitHubUser.class, CoreArbitraries.gitHubUsers());
    put(cases, GitHubComment.class, CoreArbitraries.gitHubComments());
    put(cases, GitHubIssue.class, CoreArbitraries.gitHubIssues());
    put(cases, PullRequestFile.class, CoreArbitraries.pullRequestFiles());
    put(cases, GitHubPullRequest.class, CoreArbitraries.gitHubPullRequests());
    put(cases, Evidence.class, CoreArbitraries.evidence());
    put(cases, Hardware.class, CoreArbitraries.hardware());
    put(cases, HyperParameter.class, CoreArbitraries.hyperParameters());
    put(cases, EvaluationMetric.class, CoreArbitraries.evaluationMetrics());
    put(cases, BaseModel.class, CoreArbitraries.baseModels());
    put(cases, ExtractedMetadata.class, CoreArbitraries.extractedMetadata());
    cases.put(
        "Extracted",
        Tuple.of(
            TYPES.constructParametricType(Extracted.class, Hardware.class),
            CoreArbitraries.extracted(CoreArbitraries.hardware())));
    cases.put(
        "Page",
        Tuple.of(
            TYPES.constructParametricType(Page.class, Model.class),
            CoreArbitraries.models()
                .list()
                .ofMaxSize(3)
                .flatMap(items -> CoreArbitraries.optionalText()
                    .map(next -> Page.of(items, next.orElse(null))))));
    return cases;
  }

  private static void put(
      Map<String, Tuple2<JavaType, Arbitrary<?>>> cases, Class<?> type, Arbitrary<?> values) {
    cases.put(type.getSimpleName(), Tuple.of(TYPES.constructType(type), values));
  }

  @Provide
  Arbitrary<Tuple2<JavaType, Object>> anyValue() {
    return Arbitraries.oneOf(cases().values().stream()
        .map(c -> c.get2().map(v -> Tuple.<JavaType, Object>of(c.get1(), v)))
        .collect(Collectors.toList()));
  }

  @Property(tries = 2000)
  void value_survivesJsonRoundTrip(@ForAll("anyValue") Tuple2<JavaType, Object> value)
      throws IOException {
    String json = JSON.writeValueAsString(value.get2());
    Object back = JSON.readValue(json, value.get1());
    assertThat(back).isEqualTo(value.get2());
    assertThat(JSON.writeValueAsString(back)).isEqualTo(json);
  }

  @Property
  void modelId_serialisesAsItsText(@ForAll("modelIds") ModelId id) throws IOException {
    String json = JSON.writeValueAsString(id);
    assertThat(json).isEqualTo(JSON.writeValueAsString(id.value()));
    assertThat(JSON.readValue(json, ModelId.class)).isEqualTo(id);
  }

  @Property
  void repoRef_serialisesAsOwnerSlashName(@ForAll("repoRefs") RepoRef repo) throws IOException {
    String json = JSON.writeValueAsString(repo);
    assertThat(json).isEqualTo("\"" + repo.owner() + "/" + repo.name() + "\"");
    assertThat(JSON.readValue(json, RepoRef.class)).isEqualTo(repo);
  }

  @Provide
  Arbitrary<ModelId> modelIds() {
    return CoreArbitraries.modelIds();
  }

  @Provide
  Arbitrary<RepoRef> repoRefs() {
    return CoreArbitraries.repoRefs();
  }

  @Test
  void everyGeneratedValueTypeOfTheModelPackageIsCovered() throws IOException, URISyntaxException {
    Path dir = Path.of(
            Model.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/github/peatmoss/core/model");
    Set<String> generated;
    try (Stream<Path> files = Files.list(dir)) {
      generated = files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("Immutable") && n.endsWith(".class") && !n.contains("$"))
          .map(n -> n.substring("Immutable".length(), n.length() - ".class".length()))
          .collect(Collectors.toSet());
    }
    assertThat(generated).isNotEmpty();
    assertThat(cases().keySet()).containsAll(generated);
  }
}
