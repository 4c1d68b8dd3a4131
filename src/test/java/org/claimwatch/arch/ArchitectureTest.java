package org.claimwatch.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The house rules of docs/ARCHITECTURE.md, checked on the compiled product classes: packages form a stack
 * (no loops), arrows point down through the layers, pure cores import no Vert.x, and a feature uses another
 * feature only through the classes that feature publishes.
 */
class ArchitectureTest {

    private static final String ROOT = "org.claimwatch";

    /** Pure cores: text in, values out; no Vert.x, no database, no other layer of ours. */
    static final List<String> CORES = List.of("claims", "clean", "diff", "stories", "feeds.parse", "feeds.discover",
            "articles.schedule", "semantic", "sitememory", "charset", "calendar");
    /** Shared infrastructure that features build on. */
    static final List<String> SHARED = List.of("bus", "config", "db", "json", "metrics", "net", "cluster",
            "http", "semantic.model");
    /** Features: each owns its verticle, store and SQL. */
    static final List<String> FEATURES = List.of("feeds", "articles", "alerts", "auth", "stories.pipeline",
            "tracker", "live");

    /**
     * What a feature publishes to features above it; everything else in it is its own business. A new use of
     * another feature's class must be added here on purpose, in the review of the change.
     */
    static final Map<String, Set<String>> PUBLISHED = Map.of(
            "articles", Set.of("ArticleStore", "ChangeRows", "CheckStore"),
            "alerts", Set.of("AlertOutbox"));

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesFormNoLoop() {
        noLoops(ROOT).check(product);
    }

    @Test
    void aDeliberateLoopFailsTheCheck() {
        JavaClasses looped = new ClassFileImporter().importPackages("fixture.loop");
        assertThatThrownBy(() -> noLoops("fixture.loop").check(looped))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy(ROOT, ROOT + ".app..", ROOT + ".cli..")
                .layer("web").definedBy(ROOT + ".web")
                .layer("features").definedBy(packages(FEATURES))
                .layer("shared").definedBy(packages(SHARED))
                .layer("cores").definedBy(packages(CORES))
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("app")
                .whereLayer("features").mayOnlyBeAccessedByLayers("web", "app")
                .whereLayer("shared").mayOnlyBeAccessedByLayers("features", "web", "app")
                .check(product);
    }

    @Test
    void pureCoresImportNoVertxAndNothingAboveThem() {
        for (String core : CORES) {
            noClasses().that().resideInAPackage(ROOT + "." + core)
                    .should().dependOnClassesThat().resideInAnyPackage("io.vertx..")
                    .because("a pure core is tested without Vert.x and runs on any thread")
                    .check(product);
            noClasses().that().resideInAPackage(ROOT + "." + core)
                    .should().dependOnClassesThat().resideInAnyPackage(packages(SHARED))
                    .because("a pure core needs no infrastructure")
                    .check(product);
        }
    }

    @Test
    void aFeatureUsesAnotherOnlyThroughWhatItPublishes() {
        for (String user : FEATURES) {
            for (String owner : FEATURES) {
                if (user.equals(owner) || owner.startsWith(user + ".") || user.startsWith(owner + ".")) {
                    continue;
                }
                Set<String> published = PUBLISHED.getOrDefault(owner, Set.of());
                DescribedPredicate<JavaClass> internal = resideInAPackage(ROOT + "." + owner)
                        .and(DescribedPredicate.describe("not published by " + owner,
                                c -> !published.contains(c.getSimpleName())
                                        && !published.contains(c.getEnclosingClass()
                                                .map(JavaClass::getSimpleName).orElse(""))));
                noClasses().that().resideInAPackage(ROOT + "." + user)
                        .should().dependOnClassesThat(internal)
                        .because(owner + " publishes only " + published)
                        .check(product);
            }
        }
    }

    private static ArchRule noLoops(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> ROOT + "." + n).toArray(String[]::new);
    }
}
