package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Laws every value and typed id keeps: rebuilding, equality both ways, ordering consistent with equality. */
class ValueLawsPropertyTest {

  /** One value of every type per try, so each try checks them all. */
  @Provide
  Arbitrary<List<Object>> oneOfEach() {
    List<Arbitrary<Object>> each = ValueJsonRoundTripPropertyTest.cases().entrySet().stream()
        .filter(c -> !c.getKey().equals("Page"))
        .map(c -> c.getValue().get2().map(v -> (Object) v))
        .collect(Collectors.toList());
    return Combinators.combine(each).as(values -> values);
  }

  @Property(tries = 20)
  void toBuilder_rebuildsAnEqualValue(@ForAll("oneOfEach") List<Object> values) throws Exception {
    for (Object value : values) {
      Method toBuilder = value.getClass().getMethod("toBuilder");
      Object builder = toBuilder.invoke(value);
      Object rebuilt = builder.getClass().getMethod("build").invoke(builder);
      assertThat(rebuilt).isEqualTo(value).hasSameHashCodeAs(value).isNotSameAs(builder);
    }
  }

  @Provide
  Arbitrary<String> idTexts() {
    return CoreArbitraries.modelIds().map(ModelId::value);
  }

  @Property
  void modelIds_areEqualExactlyWhenTheirTextIs(
      @ForAll("idTexts") String a, @ForAll("idTexts") String b) {
    ModelId x = ModelId.of(a);
    ModelId y = ModelId.of(b);
    assertThat(x.equals(y)).isEqualTo(a.equals(b));
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(a.compareTo(b)));
    if (a.equals(b)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
  }

  @Property
  void modelId_equalsItsReparsedText_andHashesLikeIt(@ForAll("idTexts") String text) {
    ModelId id = ModelId.of(text);
    assertThat(id).isEqualTo(ModelId.of(text)).isNotEqualTo(text);
    assertThat(id.hashCode()).isEqualTo(ModelId.of(text).hashCode());
    assertThat(id.compareTo(ModelId.of(text))).isZero();
  }

  @Test
  void modelIds_withDifferentText_areNotEqual() {
    assertThat(ModelId.of("bert-base-uncased")).isNotEqualTo(ModelId.of("bert-base-cased"));
    assertThat(ModelId.of("a/b")).isNotEqualTo(ModelId.of("a/c")).isNotEqualTo(null);
    assertThat(ModelId.of("a/b")).isLessThan(ModelId.of("a/c"));
    assertThat(ModelId.of("a/c")).isGreaterThan(ModelId.of("a/b"));
  }

  @Provide
  Arbitrary<RepoRef> repos() {
    return CoreArbitraries.repoRefs();
  }

  @Property
  void repoRefs_areEqualExactlyWhenTheirLowerCasedNamesAre(
      @ForAll("repos") RepoRef a, @ForAll("repos") RepoRef b) {
    String ka = a.fullName().toLowerCase(java.util.Locale.ROOT);
    String kb = b.fullName().toLowerCase(java.util.Locale.ROOT);
    assertThat(a.equals(b)).isEqualTo(ka.equals(kb));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(ka.compareTo(kb)));
  }

  @Property
  void repoRef_differingOnlyInCase_isEqualAndHashesAlike(
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String owner,
      @ForAll @AlphaChars @StringLength(min = 1, max = 20) String name) {
    RepoRef lower = RepoRef.of(owner.toLowerCase(java.util.Locale.ROOT), name);
    RepoRef upper = RepoRef.of(owner.toUpperCase(java.util.Locale.ROOT), name);
    assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
    assertThat(lower.compareTo(upper)).isZero();
    assertThat(lower).isNotEqualTo(RepoRef.of(owner, name + "x")).isNotEqualTo(lower.fullName());
  }

  @Test
  void defaultFlags_areFalseUnlessSet() {
    ModelId id = ModelId.of("acme/model");
    assertThat(Model.builder().id(id).hub(ModelHub.HUGGING_FACE).build().hasSnapshot())
        .isFalse();
    assertThat(Discussion.builder().model(id).num(1).build().isPullRequest()).isFalse();
    assertThat(DiscussionEvent.builder().build())
        .satisfies(e -> assertThat(e.isEdited()).isFalse())
        .satisfies(e -> assertThat(e.isHidden()).isFalse());
    assertThat(GitHubIssue.builder().url("u").build().isClosed()).isFalse();
    assertThat(GitHubPullRequest.builder().url("u").build())
        .satisfies(p -> assertThat(p.isClosed()).isFalse())
        .satisfies(p -> assertThat(p.isDraft()).isFalse())
        .satisfies(p -> assertThat(p.isCrossRepository()).isFalse());
  }

  @Test
  void modelHub_named_findsTheWellKnownHubsIgnoringCase_andMakesOthersWithoutUrl() {
    assertThat(ModelHub.named("huggingface")).isSameAs(ModelHub.HUGGING_FACE);
    assertThat(ModelHub.named("HuggingFace")).isSameAs(ModelHub.HUGGING_FACE);
    assertThat(ModelHub.named("PYTORCH")).isSameAs(ModelHub.PYTORCH_HUB);
    ModelHub other = ModelHub.named("ModelScope");
    assertThat(other.name()).isEqualTo("ModelScope");
    assertThat(other.url()).isEmpty();
    assertThat(ModelHub.HUGGING_FACE.url()).contains("https://huggingface.co/");
  }
}
