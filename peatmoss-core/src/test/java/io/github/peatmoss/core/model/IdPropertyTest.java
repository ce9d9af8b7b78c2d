package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the typed ids: every valid form is accepted unchanged, every broken rule is named. */
class IdPropertyTest {

  @Provide
  Arbitrary<String> hfSegments() {
    return CoreArbitraries.hfSegment();
  }

  @Provide
  Arbitrary<RepoRef> repos() {
    return CoreArbitraries.repoRefs();
  }

  @Provide
  Arbitrary<String> identifiers() {
    return CoreArbitraries.pythonIdentifier();
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of(' ', '@', '#', '!', '?', ':', '\\', 'é', '中', '+', '=', ',');
  }

  @Property
  void legacyId_isAccepted(@ForAll("hfSegments") String name) {
    ModelId id = ModelId.of(name);
    assertThat(id.form()).isEqualTo(ModelId.Form.LEGACY);
    assertThat(id.value()).isEqualTo(name);
    assertThat(ModelId.of(id.toString())).isEqualTo(id);
  }

  @Property
  void namespacedId_isAcceptedAndSplits(
      @ForAll("hfSegments") String namespace, @ForAll("hfSegments") String name) {
    ModelId id = ModelId.huggingFace(namespace, name);
    assertThat(id.form()).isEqualTo(ModelId.Form.HUGGING_FACE);
    assertThat(id.namespace()).contains(namespace);
    assertThat(id.name()).isEqualTo(name);
  }

  @Property
  void pytorchHubId_isAcceptedAndSplits(
      @ForAll("repos") RepoRef repo, @ForAll("identifiers") String entrypoint) {
    ModelId id = ModelId.of(repo + "/" + entrypoint);
    assertThat(id.form()).isEqualTo(ModelId.Form.PYTORCH_HUB);
    assertThat(id.pytorchRepository()).contains(repo);
    assertThat(id.name()).isEqualTo(entrypoint);
  }

  @Property
  void pytorchHubIdWithRef_isAcceptedAndSplits(
      @ForAll("repos") RepoRef repo,
      @ForAll("identifiers") String ref,
      @ForAll("identifiers") String entrypoint) {
    ModelId id = ModelId.of(repo + ":" + ref + "/" + entrypoint);
    assertThat(id.form()).isEqualTo(ModelId.Form.PYTORCH_HUB);
    assertThat(id.pytorchRepository()).contains(repo);
    assertThat(id.pytorchRef()).contains(ref);
    assertThat(id.name()).isEqualTo(entrypoint);
  }

  @Property
  void hfSegmentWithForbiddenCharacter_isRejectedNamingTheCharacterRule(
      @ForAll("hfSegments") String name,
      @ForAll("forbidden") char bad,
      @ForAll @IntRange(min = 0, max = 200) int at) {
    int position = at % (name.length() + 1);
    String broken = name.substring(0, position) + bad + name.substring(position);
    Assume.that(broken.length() <= 96); // longer segments break the length rule first
    assertThatThrownBy(() -> ModelId.of("acme/" + broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may hold only letters, digits, '_', '-' and '.'");
  }

  @Property
  void hfSegmentWithDoubleSeparator_isRejected(
      @ForAll("hfSegments") String left, @ForAll("hfSegments") String right, @ForAll boolean dots) {
    String broken = left + (dots ? ".." : "--") + right;
    Assume.that(broken.length() <= 96); // longer segments break the length rule first
    assertThatThrownBy(() -> ModelId.of(broken))
        .hasMessageContaining("must not contain '--' or '..'");
  }

  @Property
  void repoRef_parsesItsOwnFullNameAndUrl(@ForAll("repos") RepoRef repo) {
    assertThat(RepoRef.parse(repo.fullName())).isEqualTo(repo);
    assertThat(RepoRef.parse(repo.url().toString())).isEqualTo(repo);
    assertThat(RepoRef.parse("github.com/" + repo.fullName())).isEqualTo(repo);
  }

  @Property
  void repoRef_orderIsTotalAndConsistentWithEquals(
      @ForAll("repos") RepoRef a, @ForAll("repos") RepoRef b, @ForAll("repos") RepoRef c) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
    }
  }

  @Property
  void repoRef_ownerWithForbiddenCharacter_isRejected(
      @ForAll("repos") RepoRef repo, @ForAll("forbidden") char bad) {
    assertThatThrownBy(() -> RepoRef.of(repo.owner() + bad, repo.name()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("owner '");
  }
}
