package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's value: equal by path, sha and bytes; its bytes are copies. */
class GitHubContentTest {
  private static GitHubContent content(String path, String sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new GitHubContent(path, sha, bytes.length, bytes, false);
  }

  @Test
  void equality_byPathShaAndBytes() {
    GitHubContent a = content("a.py", "s1", "x");
    assertThat(a)
        .isEqualTo(content("a.py", "s1", "x"))
        .hasSameHashCodeAs(content("a.py", "s1", "x"));
    assertThat(a).isNotEqualTo(content("b.py", "s1", "x"));
    assertThat(a).isNotEqualTo(content("a.py", "s2", "x"));
    assertThat(a).isNotEqualTo(content("a.py", "s1", "y"));
    assertThat(a).isNotEqualTo("a.py");
    assertThat(a.hashCode()).isNotEqualTo(content("a.py", "s1", "y").hashCode());
  }

  @Test
  void accessors_andCopies() {
    GitHubContent a = new GitHubContent("src/a.py", "s1", 3, new byte[] {'a', 'b', 'c'}, true);
    assertThat(a.path()).isEqualTo("src/a.py");
    assertThat(a.sha()).isEqualTo("s1");
    assertThat(a.size()).isEqualTo(3);
    assertThat(a.isRawFallback()).isTrue();
    assertThat(a.text()).isEqualTo("abc");
    a.bytes()[0] = 'z';
    assertThat(a.text()).isEqualTo("abc");
    assertThat(a.toString()).isEqualTo("GitHubContent[src/a.py, 3 bytes, sha s1]");
  }

  @Test
  void valueDefaults() {
    GitHubRepository repo = GitHubRepository.builder()
        .repository(io.github.peatmoss.core.model.RepoRef.of("o", "r"))
        .stars(0)
        .forks(0)
        .build();
    assertThat(repo.isArchived()).isFalse();
    assertThat(repo.isFork()).isFalse();
    ReuseSignature signature = ReuseSignature.of("timm", "create_model");
    assertThat(signature.language()).isEqualTo("Python");
    assertThat(signature.name()).isEqualTo("timm.create_model");
  }
}
