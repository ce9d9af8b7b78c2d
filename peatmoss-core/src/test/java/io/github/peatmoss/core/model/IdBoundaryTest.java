package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The edges of the id grammars: first and last characters, lengths, counts in messages, refs. */
class IdBoundaryTest {

  @Test
  void segment_mayStartAndEndWithEveryKindOfWordCharacter() {
    String edges = "aAzZ09_";
    for (char first : edges.toCharArray()) {
      for (char last : edges.toCharArray()) {
        String segment = first + "m" + last;
        assertThat(ModelId.of(segment).name()).isEqualTo(segment);
        assertThat(ModelId.of(segment + "/" + segment).namespace()).contains(segment);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".a", "a.", "-a", "a-", "acme/.a", "acme/a-"})
  void segment_startingOrEndingWithPunctuation_isRejected(String id) {
    assertThatThrownBy(() -> ModelId.of(id))
        .hasMessageContaining("must start and end with a letter, digit or '_'");
  }

  @Test
  void segment_ofExactly96Characters_isAccepted() {
    String longest = "a".repeat(96);
    assertThat(ModelId.of("acme/" + longest).name()).isEqualTo(longest);
    assertThatThrownBy(() -> ModelId.of(longest + "b/x"))
        .hasMessageContaining("namespace must be at most 96 characters, was 97");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a/b/c/d, 3", "a/b/c/d/e, 4", "a/b/c/d/e/f/g, 6"})
  void tooManySlashes_areCountedInTheMessage(String id, int slashes) {
    assertThatThrownBy(() -> ModelId.of(id)).hasMessageEndingWith("found " + slashes + " '/'");
  }

  @Test
  void pytorchId_withEmptyRepositoryBeforeTheRef_namesTheEmptyName() {
    assertThatThrownBy(() -> ModelId.of("pytorch/:v1/resnet18"))
        .hasMessageContaining("owner/repo must be a GitHub repository")
        .hasMessageContaining("name '' must be 1-100");
  }

  @Test
  void pytorchRef_isEmptyForHuggingFaceAndLegacyIds_andForAnIdWithoutRef() {
    assertThat(ModelId.of("bert-base-uncased").pytorchRef()).isEmpty();
    assertThat(ModelId.of("bert-base-uncased").pytorchRepository()).isEmpty();
    assertThat(ModelId.of("acme/v1.0").pytorchRef()).isEmpty();
    assertThat(ModelId.of("pytorch/vision/resnet18").pytorchRef()).isEmpty();
    assertThat(ModelId.of("pytorch/vision:v0.10.0/resnet18").pytorchRef()).contains("v0.10.0");
  }

  @Test
  void repoRef_of_checksTheNameToo() {
    assertThatThrownBy(() -> RepoRef.of("acme", "re po"))
        .hasMessageContaining("invalid repository 'acme/re po': name 're po' must be 1-100");
    assertThatThrownBy(() -> RepoRef.of("acme", ".."))
        .hasMessageContaining("name must not be '.' or '..'");
    assertThatThrownBy(() -> RepoRef.of("acme", "."))
        .hasMessageContaining("name must not be '.' or '..'");
  }

  @Test
  void repoRef_parse_stripsEveryTrailingSlash_andOneGitSuffix() {
    assertThat(RepoRef.parse("acme/repo///").fullName()).isEqualTo("acme/repo");
    assertThat(RepoRef.parse("acme/repo.git.git").name()).isEqualTo("repo.git");
    assertThat(RepoRef.parse("WWW.GitHub.com/acme/repo").fullName()).isEqualTo("acme/repo");
  }
}
