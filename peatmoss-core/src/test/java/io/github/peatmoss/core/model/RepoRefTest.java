package io.github.peatmoss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RepoRefTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bminixhofer/wtpsplit",
        "github.com/bminixhofer/wtpsplit",
        "https://github.com/bminixhofer/wtpsplit",
        "https://www.github.com/bminixhofer/wtpsplit/",
        "http://github.com/bminixhofer/wtpsplit.git",
        "git@github.com:bminixhofer/wtpsplit.git",
        "  bminixhofer/wtpsplit  "
      })
  void parse_everyCommonForm_givesOwnerAndName(String text) {
    RepoRef repo = RepoRef.parse(text);
    assertThat(repo.owner()).isEqualTo("bminixhofer");
    assertThat(repo.name()).isEqualTo("wtpsplit");
    assertThat(repo.url()).hasToString("https://github.com/bminixhofer/wtpsplit");
  }

  @Test
  void equals_ignoresCase_butToStringKeepsIt() {
    RepoRef upper = RepoRef.parse("Jenkinsci/Jenkins");
    assertThat(upper)
        .isEqualTo(RepoRef.parse("jenkinsci/jenkins"))
        .hasSameHashCodeAs(RepoRef.parse("jenkinsci/jenkins"));
    assertThat(upper).hasToString("Jenkinsci/Jenkins");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jenkins                 | expected owner/name (or a github.com URL), with exactly one '/'",
        "a/b/c                   | expected owner/name (or a github.com URL), with exactly one '/'",
        "-acme/repo              | must be 1-39 letters, digits or hyphens and must not start with a hyphen",
        "ac_me/repo              | must be 1-39 letters, digits or hyphens and must not start with a hyphen",
        "acme/re po              | must be 1-100 letters, digits, '.', '_' or '-'",
        "acme/..                 | name must not be '.' or '..'",
        "/repo                   | must be 1-39 letters, digits or hyphens"
      })
  void parse_invalid_namesTheRuleBroken(String text, String rule) {
    assertThatThrownBy(() -> RepoRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid repository")
        .hasMessageContaining(rule);
  }

  @Test
  void of_ownerLongerThan39_isRejected() {
    assertThatThrownBy(() -> RepoRef.of("a".repeat(40), "x")).hasMessageContaining("1-39 letters");
  }
}
