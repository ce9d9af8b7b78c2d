package io.github.peatmoss.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled classes of every module. Plain JUnit tests call
 * {@code check()}, because Surefire 3.5.3 silently skips ArchUnit's {@code @ArchTest} fields.
 */
class ArchitectureTest {
  private static final String[] CLIENTS = {
      "io.github.peatmoss.hf..", "io.github.peatmoss.github..", "io.github.peatmoss.pytorchhub.."};
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.peatmoss");
  }

  @Test
  void importFindsEveryModule() {
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .contains("io.github.peatmoss.core", "io.github.peatmoss.core.model", "io.github.peatmoss.dataset");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("io.github.peatmoss.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.peatmoss.http..", "io.github.peatmoss.hf..", "io.github.peatmoss.github..",
            "io.github.peatmoss.pytorchhub..", "io.github.peatmoss.llm..", "io.github.peatmoss.licenses..",
            "io.github.peatmoss.dataset..", "io.github.peatmoss.report..", "io.github.peatmoss.cli..")
        .check(classes);
  }

  @Test
  void clientsNeverDependOnEachOther() {
    for (String client : CLIENTS) {
      String[] others = java.util.Arrays.stream(CLIENTS).filter(c -> !c.equals(client)).toArray(String[]::new);
      noClasses().that().resideInAPackage(client)
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void offlineModulesNeverDependOnHttpClients() {
    noClasses().that().resideInAnyPackage("io.github.peatmoss.dataset..", "io.github.peatmoss.licenses..",
            "io.github.peatmoss.report..")
        .should().dependOnClassesThat().resideInAnyPackage(CLIENTS)
        .allowEmptyShould(true)
        .check(classes);
  }

  /** Extraction reads model cards with the HF module's parser and nothing else of any client. */
  @Test
  void extractionUsesOnlyTheModelCardParserOfTheHfModule() {
    DescribedPredicate<JavaClass> cardParser = DescribedPredicate.describe("the model-card parser",
        c -> c.getPackageName().equals("io.github.peatmoss.hf")
            && c.getSimpleName().matches("(Immutable)?(ModelCards?|ModelCardException|EvalResult|CardSection)"));
    noClasses().that().resideInAPackage("io.github.peatmoss.llm..")
        .should().dependOnClassesThat(DescribedPredicate.describe("a hub client class",
            (JavaClass c) -> java.util.Arrays.stream(CLIENTS).anyMatch(p -> c.getPackageName().startsWith(
                p.replace("..", ""))) && !cardParser.test(c)))
        .check(classes);
  }

  @Test
  void licensesDependOnCoreOnly() {
    noClasses().that().resideInAPackage("io.github.peatmoss.licenses..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.peatmoss.dataset..", "io.github.peatmoss.http..", "io.github.peatmoss.hf..",
            "io.github.peatmoss.github..", "io.github.peatmoss.pytorchhub..", "io.github.peatmoss.llm..",
            "io.github.peatmoss.cli..", "org.spdx..")
        .check(classes);
  }

  @Test
  void publicApiNeverReturnsInternalTypes() {
    methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .and().areDeclaredInClassesThat().arePublic()
        .should().haveRawReturnType(new DescribedPredicate<JavaClass>("a type outside an internal package") {
          @Override
          public boolean test(JavaClass type) {
            return !type.getPackageName().contains(".internal");
          }
        })
        .check(classes);
  }
}
