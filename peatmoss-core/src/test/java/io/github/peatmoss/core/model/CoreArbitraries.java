package io.github.peatmoss.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every core value type, for property tests here and in other modules (this class ships
 * in the core test-jar).
 */
public final class CoreArbitraries {
  private CoreArbitraries() {}

  /** Text as real data holds it: letters, digits, punctuation, accents, CJK, emoji and line breaks. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\n', '\t', 'é', 'ß', '中', '文', '—')
        .withChars("\uD83D\uDE00".toCharArray()[0])
        .ofMaxLength(40)
        .map(CoreArbitraries::withoutBrokenSurrogates);
  }

  private static String withoutBrokenSurrogates(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        b.append(c);
      } else {
        b.append("\uD83D\uDE00");
      }
    }
    return b.toString();
  }

  /** A non-empty short name. */
  public static Arbitrary<String> name() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('-', '_', '.', ' ')
        .ofMinLength(1)
        .ofMaxLength(20);
  }

  public static Arbitrary<Optional<String>> optionalText() {
    return text().optional(0.7);
  }

  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0, 4_102_444_800L)
        .flatMap(s ->
            Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
  }

  /** One segment of a Hugging Face id: word-character runs joined by single '-', '.' or '_'. */
  public static Arbitrary<String> hfSegment() {
    Arbitrary<String> run =
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
    Arbitrary<Character> joiner = Arbitraries.of('-', '.', '_');
    return Combinators.combine(
            run.list().ofMinSize(1).ofMaxSize(5), joiner.list().ofSize(4))
        .as((runs, joiners) -> {
          StringBuilder b = new StringBuilder(runs.get(0));
          for (int i = 1; i < runs.size(); i++) {
            b.append(joiners.get(i - 1)).append(runs.get(i));
          }
          return b.length() > 96 ? b.substring(0, 96).replaceAll("[-._]+$", "") : b.toString();
        })
        .filter(s -> !s.isEmpty() && !s.contains("--") && !s.contains(".."));
  }

  /** A GitHub owner: a letter or digit, then letters, digits or hyphens, at most 39 characters. */
  public static Arbitrary<String> gitHubOwner() {
    return Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofLength(1),
            Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(38))
        .as(String::concat);
  }

  /** A GitHub repository name. */
  public static Arbitrary<String> gitHubName() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('.', '_', '-')
        .ofMinLength(1)
        .ofMaxLength(100)
        .filter(s -> !s.equals(".") && !s.equals("..") && !s.endsWith(".git"));
  }

  public static Arbitrary<RepoRef> repoRefs() {
    return Combinators.combine(gitHubOwner(), gitHubName()).as(RepoRef::of);
  }

  public static Arbitrary<String> pythonIdentifier() {
    return Combinators.combine(
            Arbitraries.strings().alpha().withChars('_').ofLength(1),
            Arbitraries.strings().alpha().numeric().withChars('_').ofMaxLength(20))
        .as(String::concat);
  }

  /** Model ids in all three forms. */
  public static Arbitrary<ModelId> modelIds() {
    return Arbitraries.oneOf(
        hfSegment().map(ModelId::of),
        Combinators.combine(hfSegment(), hfSegment()).as(ModelId::huggingFace),
        Combinators.combine(repoRefs(), pythonIdentifier()).as(ModelId::pytorchHub),
        Combinators.combine(repoRefs(), pythonIdentifier(), pythonIdentifier())
            .as((repo, ref, entrypoint) -> ModelId.of(repo + ":" + ref + "/" + entrypoint)));
  }

  public static Arbitrary<ModelHub> modelHubs() {
    return Arbitraries.oneOf(
        Arbitraries.of(ModelHub.HUGGING_FACE, ModelHub.PYTORCH_HUB),
        Builders.withBuilder(ModelHub::builder)
            .use(name())
            .in((b, v) -> b.name(v))
            .use(optionalText())
            .in((b, v) -> b.url(v))
            .build(ModelHub.Builder::build));
  }

  public static Arbitrary<Dataset> datasets() {
    return Combinators.combine(name(), optionalText())
        .as((n, u) -> Dataset.builder().name(n).url(u).build());
  }

  public static Arbitrary<Paper> papers() {
    return Combinators.combine(text(), optionalText())
        .as((t, u) -> Paper.builder().title(t).url(u).build());
  }

  public static Arbitrary<Language> languages() {
    return Combinators.combine(name(), optionalText())
        .as((n, a) -> Language.builder().name(n).abbreviation(a).build());
  }

  private static Arbitrary<List<String>> names() {
    return name().list().ofMaxSize(4);
  }

  public static Arbitrary<Model> models() {
    return Builders.withBuilder(Model::builder)
        .use(modelIds())
        .in((b, v) -> b.id(v))
        .use(modelHubs())
        .in((b, v) -> b.hub(v))
        .use(optionalText())
        .in((b, v) -> b.sha(v))
        .use(optionalText())
        .in((b, v) -> b.repoUrl(v))
        .use(Arbitraries.longs().greaterOrEqual(0).optional(0.8))
        .in((b, v) -> v.map(b::downloads).orElse(b))
        .use(Arbitraries.longs().greaterOrEqual(0).optional(0.8))
        .in((b, v) -> v.map(b::likes).orElse(b))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.hasSnapshot(v))
        .use(names())
        .in((b, v) -> b.authors(v))
        .use(names())
        .in((b, v) -> b.licenses(v))
        .use(names())
        .in((b, v) -> b.tags(v))
        .use(datasets().list().ofMaxSize(3))
        .in((b, v) -> b.datasets(v))
        .use(papers().list().ofMaxSize(3))
        .in((b, v) -> b.papers(v))
        .use(languages().list().ofMaxSize(3))
        .in((b, v) -> b.languages(v))
        .use(names())
        .in((b, v) -> b.architectures(v))
        .use(names())
        .in((b, v) -> b.frameworks(v))
        .use(names())
        .in((b, v) -> b.libraries(v))
        .use(names())
        .in((b, v) -> b.domains(v))
        .use(names())
        .in((b, v) -> b.tasks(v))
        .build(Model.Builder::build);
  }

  public static Arbitrary<HfCommit> hfCommits() {
    return Builders.withBuilder(HfCommit::builder)
        .use(modelIds())
        .in((b, v) -> b.model(v))
        .use(Arbitraries.strings().withChars("0123456789abcdef").ofLength(40))
        .in((b, v) -> b.commitId(v))
        .use(instants().optional())
        .in((b, v) -> b.createdAt(v))
        .use(optionalText())
        .in((b, v) -> b.title(v))
        .use(optionalText())
        .in((b, v) -> b.message(v))
        .use(names())
        .in((b, v) -> b.authors(v))
        .build(HfCommit.Builder::build);
  }

  public static Arbitrary<GitRef> gitRefs() {
    return Builders.withBuilder(GitRef::builder)
        .use(modelIds())
        .in((b, v) -> b.model(v))
        .use(Arbitraries.of(GitRef.Kind.class))
        .in((b, v) -> b.kind(v))
        .use(name())
        .in((b, v) -> b.name(v))
        .use(optionalText())
        .in((b, v) -> b.ref(v))
        .use(optionalText())
        .in((b, v) -> b.targetCommit(v))
        .build(GitRef.Builder::build);
  }

  public static Arbitrary<DiscussionEvent> discussionEvents() {
    return Builders.withBuilder(DiscussionEvent::builder)
        .use(optionalText())
        .in((b, v) -> b.eventId(v))
        .use(
            Arbitraries.of("comment", "status-change", "commit", "title-change").optional())
        .in((b, v) -> b.type(v))
        .use(instants().optional())
        .in((b, v) -> b.createdAt(v))
        .use(optionalText())
        .in((b, v) -> b.author(v))
        .use(optionalText())
        .in((b, v) -> b.content(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.edited(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.hidden(v))
        .use(optionalText())
        .in((b, v) -> b.newStatus(v))
        .use(optionalText())
        .in((b, v) -> b.summary(v))
        .use(optionalText())
        .in((b, v) -> b.oid(v))
        .use(optionalText())
        .in((b, v) -> b.oldTitle(v))
        .use(optionalText())
        .in((b, v) -> b.newTitle(v))
        .build(DiscussionEvent.Builder::build);
  }

  public static Arbitrary<Discussion> discussions() {
    return Builders.withBuilder(Discussion::builder)
        .use(modelIds())
        .in((b, v) -> b.model(v))
        .use(Arbitraries.integers().between(1, 100_000))
        .in((b, v) -> b.num(v))
        .use(optionalText())
        .in((b, v) -> b.title(v))
        .use(Arbitraries.of("open", "closed", "merged", "draft").optional())
        .in((b, v) -> b.status(v))
        .use(optionalText())
        .in((b, v) -> b.repoId(v))
        .use(optionalText())
        .in((b, v) -> b.repoType(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.pullRequest(v))
        .use(instants().optional())
        .in((b, v) -> b.createdAt(v))
        .use(optionalText())
        .in((b, v) -> b.endpoint(v))
        .use(optionalText())
        .in((b, v) -> b.targetBranch(v))
        .use(optionalText())
        .in((b, v) -> b.mergeCommitOid(v))
        .use(optionalText())
        .in((b, v) -> b.diff(v))
        .use(names())
        .in((b, v) -> b.authors(v))
        .use(names())
        .in((b, v) -> b.conflictingFiles(v))
        .use(discussionEvents().list().ofMaxSize(3))
        .in((b, v) -> b.events(v))
        .build(Discussion.Builder::build);
  }

  public static Arbitrary<ReuseRepository> reuseRepositories() {
    return Combinators.combine(repoRefs(), optionalText(), names())
        .as((r, u, l) ->
            ReuseRepository.builder().repository(r).url(u).licenses(l).build());
  }

  public static Arbitrary<ReuseFile> reuseFiles() {
    return Combinators.combine(modelIds(), repoRefs(), text())
        .as((m, r, p) -> ReuseFile.builder().model(m).repository(r).path(p).build());
  }

  public static Arbitrary<ReuseLink> reuseLinks() {
    return Combinators.combine(modelIds(), repoRefs())
        .as((m, r) -> ReuseLink.builder().model(m).repository(r).build());
  }

  public static Arbitrary<LicensedReuseLink> licensedReuseLinks() {
    return Combinators.combine(modelIds(), names(), repoRefs(), names())
        .as((m, ml, r, rl) -> LicensedReuseLink.builder()
            .model(m)
            .modelLicenses(ml)
            .repository(r)
            .repositoryLicenses(rl)
            .build());
  }

  public static Arbitrary<GitHubUser> gitHubUsers() {
    return Combinators.combine(gitHubOwner(), optionalText(), optionalText())
        .as((l, e, n) -> GitHubUser.builder().login(l).email(e).name(n).build());
  }

  public static Arbitrary<GitHubComment> gitHubComments() {
    return Combinators.combine(
            optionalText(), optionalText(), optionalText(), instants().optional())
        .as((a, s, b, c) -> GitHubComment.builder()
            .author(a)
            .authorAssociation(s)
            .body(b)
            .createdAt(c)
            .build());
  }

  public static Arbitrary<GitHubIssue> gitHubIssues() {
    return Builders.withBuilder(GitHubIssue::builder)
        .use(text())
        .in((b, v) -> b.url(v))
        .use(Arbitraries.integers().between(1, 1_000_000).optional())
        .in((b, v) -> v.map(b::number).orElse(b))
        .use(optionalText())
        .in((b, v) -> b.title(v))
        .use(optionalText())
        .in((b, v) -> b.body(v))
        .use(Arbitraries.of("OPEN", "CLOSED").optional())
        .in((b, v) -> b.state(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.closed(v))
        .use(optionalText())
        .in((b, v) -> b.author(v))
        .use(instants().optional())
        .in((b, v) -> b.createdAt(v))
        .use(instants().optional())
        .in((b, v) -> b.updatedAt(v))
        .use(instants().optional())
        .in((b, v) -> b.closedAt(v))
        .use(names())
        .in((b, v) -> b.assignees(v))
        .use(names())
        .in((b, v) -> b.labels(v))
        .use(gitHubComments().list().ofMaxSize(2))
        .in((b, v) -> b.comments(v))
        .build(GitHubIssue.Builder::build);
  }

  public static Arbitrary<PullRequestFile> pullRequestFiles() {
    return Combinators.combine(
            text(),
            Arbitraries.integers().greaterOrEqual(0).optional(),
            Arbitraries.integers().greaterOrEqual(0).optional())
        .as((p, a, d) -> {
          PullRequestFile.Builder b = PullRequestFile.builder().path(p);
          a.ifPresent(b::additions);
          d.ifPresent(b::deletions);
          return b.build();
        });
  }

  public static Arbitrary<GitHubPullRequest> gitHubPullRequests() {
    return Builders.withBuilder(GitHubPullRequest::builder)
        .use(text())
        .in((b, v) -> b.url(v))
        .use(Arbitraries.integers().between(1, 1_000_000).optional())
        .in((b, v) -> v.map(b::number).orElse(b))
        .use(optionalText())
        .in((b, v) -> b.title(v))
        .use(optionalText())
        .in((b, v) -> b.body(v))
        .use(Arbitraries.of("OPEN", "CLOSED", "MERGED").optional())
        .in((b, v) -> b.state(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.closed(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.draft(v))
        .use(Arbitraries.of(true, false))
        .in((b, v) -> b.crossRepository(v))
        .use(optionalText())
        .in((b, v) -> b.author(v))
        .use(optionalText())
        .in((b, v) -> b.baseRefName(v))
        .use(optionalText())
        .in((b, v) -> b.headRefName(v))
        .use(Arbitraries.integers().greaterOrEqual(0).optional())
        .in((b, v) -> v.map(b::additions).orElse(b))
        .use(Arbitraries.integers().greaterOrEqual(0).optional())
        .in((b, v) -> v.map(b::deletions).orElse(b))
        .use(Arbitraries.integers().greaterOrEqual(0).optional())
        .in((b, v) -> v.map(b::changedFiles).orElse(b))
        .use(optionalText())
        .in((b, v) -> b.mergeable(v))
        .use(optionalText())
        .in((b, v) -> b.reviewDecision(v))
        .use(optionalText())
        .in((b, v) -> b.mergedBy(v))
        .use(instants().optional())
        .in((b, v) -> b.createdAt(v))
        .use(instants().optional())
        .in((b, v) -> b.updatedAt(v))
        .use(instants().optional())
        .in((b, v) -> b.closedAt(v))
        .use(instants().optional())
        .in((b, v) -> b.mergedAt(v))
        .use(names())
        .in((b, v) -> b.assignees(v))
        .use(names())
        .in((b, v) -> b.reviewRequests(v))
        .use(names())
        .in((b, v) -> b.labels(v))
        .use(pullRequestFiles().list().ofMaxSize(3))
        .in((b, v) -> b.files(v))
        .use(gitHubComments().list().ofMaxSize(2))
        .in((b, v) -> b.comments(v))
        .build(GitHubPullRequest.Builder::build);
  }

  public static Arbitrary<Evidence> evidence() {
    return Combinators.combine(
            name(), optionalText(), Arbitraries.integers().greaterOrEqual(0).optional())
        .as((s, q, o) -> {
          Evidence.Builder b = Evidence.builder().source(s).quote(q);
          o.ifPresent(b::offset);
          return b.build();
        });
  }

  public static <T> Arbitrary<Extracted<T>> extracted(Arbitrary<T> values) {
    return Combinators.combine(
            values, Arbitraries.of(Provenance.class), evidence().optional())
        .as((v, p, e) -> e.isPresent() ? Extracted.of(v, p, e.get()) : Extracted.of(v, p));
  }

  public static Arbitrary<Hardware> hardware() {
    return Combinators.combine(
            name(),
            Arbitraries.doubles().between(0, 1e7).optional(),
            optionalText(),
            optionalText())
        .as((n, h, c, r) -> {
          Hardware.Builder b = Hardware.builder().name(n).cloudProvider(c).computeRegion(r);
          h.ifPresent(b::hoursUsed);
          return b.build();
        });
  }

  public static Arbitrary<HyperParameter> hyperParameters() {
    return Combinators.combine(optionalText(), text())
        .as((n, v) -> HyperParameter.builder().name(n).value(v).build());
  }

  public static Arbitrary<EvaluationMetric> evaluationMetrics() {
    return Combinators.combine(name(), optionalText(), text())
        .as((t, d, r) -> EvaluationMetric.builder().test(t).dataset(d).result(r).build());
  }

  public static Arbitrary<BaseModel> baseModels() {
    return Combinators.combine(name(), optionalText(), modelIds().optional())
        .as((n, u, i) -> BaseModel.builder().name(n).url(u).id(i).build());
  }

  public static Arbitrary<ExtractedMetadata> extractedMetadata() {
    Arbitrary<List<Extracted<String>>> strings = extracted(text()).list().ofMaxSize(2);
    return Builders.withBuilder(ExtractedMetadata::builder)
        .use(modelIds())
        .in((b, v) -> b.model(v))
        .use(extracted(Arbitraries.longs().greaterOrEqual(0)).optional())
        .in((b, v) -> b.parameterCount(v))
        .use(extracted(hardware()).list().ofMaxSize(2))
        .in((b, v) -> b.hardware(v))
        .use(extracted(Arbitraries.doubles().between(0, 1e9)).optional())
        .in((b, v) -> b.carbonEmittedGrams(v))
        .use(extracted(hyperParameters()).list().ofMaxSize(2))
        .in((b, v) -> b.hyperParameters(v))
        .use(extracted(evaluationMetrics()).list().ofMaxSize(2))
        .in((b, v) -> b.evaluationMetrics(v))
        .use(strings)
        .in((b, v) -> b.evaluationLinks(v))
        .use(extracted(baseModels()).list().ofMaxSize(2))
        .in((b, v) -> b.baseModels(v))
        .use(strings)
        .in((b, v) -> b.demos(v))
        .use(strings)
        .in((b, v) -> b.grants(v))
        .use(strings)
        .in((b, v) -> b.inputFormats(v))
        .use(strings)
        .in((b, v) -> b.outputFormats(v))
        .use(strings)
        .in((b, v) -> b.limitations(v))
        .use(extracted(datasets()).list().ofMaxSize(2))
        .in((b, v) -> b.datasets(v))
        .use(extracted(text()).optional())
        .in((b, v) -> b.license(v))
        .use(extracted(papers()).list().ofMaxSize(2))
        .in((b, v) -> b.papers(v))
        .use(extracted(repoRefs()).list().ofMaxSize(2))
        .in((b, v) -> b.githubRepositories(v))
        .use(strings)
        .in((b, v) -> b.domains(v))
        .use(strings)
        .in((b, v) -> b.tasks(v))
        .use(strings)
        .in((b, v) -> b.languages(v))
        .use(strings)
        .in((b, v) -> b.frameworks(v))
        .use(strings)
        .in((b, v) -> b.libraries(v))
        .build(ExtractedMetadata.Builder::build);
  }
}
