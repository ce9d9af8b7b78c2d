package io.github.peatmoss.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenCodeUnitsConjunction;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the design, checked on the compiled classes of every module. Plain JUnit tests call
 * {@code check()}, because Surefire 3.5.3 silently skips ArchUnit's {@code @ArchTest} fields.
 */
class ArchitectureTest {
  private static final String[] CLIENTS = {
    "io.github.peatmoss.hf..", "io.github.peatmoss.github..", "io.github.peatmoss.pytorchhub.."
  };
  /**
   * Packages whose I/O failures are not yet wrapped in the tree (their owners' branches do it); the rule below
   * covers every other package and loses an entry as each lands.
   */
  private static final String[] NOT_YET_WRAPPED = {};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test-jars
        .importPackages("io.github.peatmoss");
  }

  @Test
  void importFindsEveryModule() {
    assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
        .contains(
            "io.github.peatmoss.core",
            "io.github.peatmoss.core.model",
            "io.github.peatmoss.dataset");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("io.github.peatmoss.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.peatmoss.http..",
            "io.github.peatmoss.hf..",
            "io.github.peatmoss.github..",
            "io.github.peatmoss.pytorchhub..",
            "io.github.peatmoss.llm..",
            "io.github.peatmoss.licenses..",
            "io.github.peatmoss.dataset..",
            "io.github.peatmoss.report..",
            "io.github.peatmoss.cli..")
        .check(classes);
  }

  @Test
  void clientsNeverDependOnEachOther() {
    for (String client : CLIENTS) {
      String[] others =
          Arrays.stream(CLIENTS).filter(c -> !c.equals(client)).toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(client)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void offlineModulesNeverDependOnHttpClients() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.peatmoss.dataset..",
            "io.github.peatmoss.licenses..",
            "io.github.peatmoss.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(CLIENTS)
        .allowEmptyShould(true)
        .check(classes);
  }

  /** Extraction reads model cards with the HF module's parser and nothing else of any client. */
  @Test
  void extractionUsesOnlyTheModelCardParserOfTheHfModule() {
    DescribedPredicate<JavaClass> cardParser = DescribedPredicate.describe(
        "the model-card parser",
        c -> c.getPackageName().equals("io.github.peatmoss.hf")
            && c.getSimpleName()
                .matches("(Immutable)?(ModelCards?|ModelCardException|EvalResult|CardSection)"));
    noClasses()
        .that()
        .resideInAPackage("io.github.peatmoss.llm..")
        .should()
        .dependOnClassesThat(DescribedPredicate.describe(
            "a hub client class",
            (JavaClass c) -> Arrays.stream(CLIENTS)
                    .anyMatch(p -> c.getPackageName().startsWith(p.replace("..", "")))
                && !cardParser.test(c)))
        .check(classes);
  }

  @Test
  void licensesDependOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("io.github.peatmoss.licenses..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.peatmoss.dataset..",
            "io.github.peatmoss.http..",
            "io.github.peatmoss.hf..",
            "io.github.peatmoss.github..",
            "io.github.peatmoss.pytorchhub..",
            "io.github.peatmoss.llm..",
            "io.github.peatmoss.cli..",
            "org.spdx..")
        .check(classes);
  }

  @Test
  void publicApiNeverReturnsInternalTypes() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(new DescribedPredicate<JavaClass>("a type outside an internal package") {
          @Override
          public boolean test(JavaClass type) {
            return !type.getPackageName().contains(".internal");
          }
        })
        .check(classes);
  }

  @Test
  void publicApiNeverTakesInternalTypes() {
    publicApi()
        .should(noneOf(
            "take no parameter of a type in an internal package",
            " takes ",
            unit -> unit.getRawParameterTypes(),
            type -> type.getPackageName().contains(".internal")))
        .check(classes);
  }

  /**
   * No exception outside the tree escapes a public method, as far as the compiled code shows: public methods of
   * the public API declare no checked exception (the one exemption: {@code Sleeper.sleep}, a test hook that is
   * interrupted like {@code Thread.sleep}), and main code never throws a bare {@code RuntimeException} or an
   * {@code UncheckedIOException}; I/O failures are wrapped in {@code PeatmossException} subclasses.
   */
  @Test
  void publicMethodsDeclareNoCheckedException() {
    publicApi()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackages(
            "io.github.peatmoss.cli..",
            "io.github.peatmoss.benchmarks..",
            "io.github.peatmoss.examples..")
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveFullyQualifiedName("io.github.peatmoss.http.Sleeper")
        .should(noneOf(
            "declare no checked exception",
            " throws ",
            JavaCodeUnit::getExceptionTypes,
            thrown -> !thrown.isAssignableTo(RuntimeException.class)
                && !thrown.isAssignableTo(Error.class)))
        .check(classes);
  }

  @Test
  void mainCodeNeverThrowsUncheckedIoOrBareRuntimeException() {
    noClasses()
        .that()
        .resideOutsideOfPackages(NOT_YET_WRAPPED)
        .should()
        .callConstructorWhere(
            new DescribedPredicate<JavaConstructorCall>(
                "a constructor of UncheckedIOException or RuntimeException itself") {
              @Override
              public boolean test(JavaConstructorCall call) {
                JavaClass target = call.getTargetOwner();
                return target.isEquivalentTo(UncheckedIOException.class)
                    || (target.isEquivalentTo(RuntimeException.class)
                        && !call.getOriginOwner().isAssignableTo(RuntimeException.class));
              }
            })
        .check(classes);
  }

  /** Wire shapes stay inside the clients: JSON is read as Jackson trees by package-private mapper classes. */
  @Test
  void publicApiExposesNoWireTypes() {
    publicApi()
        .should(noneOf(
            "take and return no Jackson type",
            " exposes ",
            unit -> {
              List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
              types.add(unit.getRawReturnType());
              return types;
            },
            type -> type.getPackageName().startsWith("com.fasterxml.jackson")))
        .check(classes);
  }

  /** The public methods and constructors of public classes outside {@code .internal} packages. */
  private static GivenCodeUnitsConjunction<JavaCodeUnit> publicApi() {
    return codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic();
  }

  /** A condition that no type {@code typesOf} a code unit gives matches {@code bad}. */
  private static ArchCondition<JavaCodeUnit> noneOf(
      String description,
      String verb,
      Function<JavaCodeUnit, ? extends Collection<JavaClass>> typesOf,
      Predicate<JavaClass> bad) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        for (JavaClass type : typesOf.apply(unit)) {
          if (bad.test(type)) {
            events.add(
                SimpleConditionEvent.violated(unit, unit.getFullName() + verb + type.getName()));
          }
        }
      }
    };
  }
}
