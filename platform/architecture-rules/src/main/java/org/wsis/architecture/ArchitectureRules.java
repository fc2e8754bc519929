package org.wsis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The architecture rules every service keeps: it never imports another service's code; its {@code
 * domain} packages stay plain Java, free of Spring, MongoDB and Kafka; its features (the packages right
 * below the service's own) and its root package (the application and its wiring) depend on each other
 * without cycles; its web adapters (controllers, {@code web} packages) and {@code messaging} adapters never
 * touch MongoDB, and nothing but a feature's {@code mongo} adapter does (application services included);
 * and only the web adapters speak HTTP's refusals (statuses, responses, problems, {@code ApiException}):
 * application services refuse in their own words, mapped at the edge. The
 * services also keep one shape for their adapters: controllers in {@code web} packages, stream consumers
 * in {@code messaging} packages named after the stream they read ({@code AccountStream} reads {@code
 * wsis.account.v1}), the outbox's collections declared once, in the service's root package, and background
 * work on the kit's {@code BackgroundLoop} (no scheduling annotations, no threads of their own). Each rule
 * fails when it finds no class to check, so it never passes vacuously.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of(
            "org.wsis.submission", "org.wsis.moderation", "org.wsis.prize", "org.wsis.notification", "org.wsis.portal");

    private ArchitectureRules() {}

    public static JavaClasses productionClassesOf(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    public static void noImportsOfOtherServices(String servicePackage) {
        noImportsOfOtherServices(servicePackage, productionClassesOf(servicePackage));
    }

    public static void noImportsOfOtherServices(String servicePackage, JavaClasses classes) {
        String[] others = SERVICES.stream()
                .filter(s -> !s.equals(servicePackage))
                .map(s -> s + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .allowEmptyShould(false)
                .check(classes);
    }

    public static void domainIsPlainJava(String servicePackage) {
        domainIsPlainJava(servicePackage, productionClassesOf(servicePackage));
    }

    public static void domainIsPlainJava(String servicePackage, JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(servicePackage + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.mongodb..",
                        "org.bson..",
                        "org.apache.kafka..",
                        "jakarta.persistence..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** The packages right below the service's own (its features, and their sub-packages) form no cycle. */
    public static void featuresFormNoCycles(String servicePackage) {
        featuresFormNoCycles(servicePackage, productionClassesOf(servicePackage));
    }

    public static void featuresFormNoCycles(String servicePackage, JavaClasses classes) {
        slices().assignedFrom(featuresAndRootOf(servicePackage))
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
    }

    /**
     * A slice per feature (the package right below the service's own, with its sub-packages) and one for
     * the service's root package, so that a feature using a class of the root that wires it is a cycle too.
     */
    private static SliceAssignment featuresAndRootOf(String servicePackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(servicePackage)) {
                    return SliceIdentifier.of("(root " + servicePackage + ")");
                }
                if (name.startsWith(servicePackage + ".")) {
                    return SliceIdentifier.of(
                            name.substring(servicePackage.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the features and the root package of " + servicePackage;
            }
        };
    }

    /**
     * Web adapters (controllers and their advice, wherever they are, and {@code web} packages) and {@code
     * messaging} packages use no MongoDB type, Spring Data's or the driver's.
     */
    public static void adaptersNeverTouchMongo(String servicePackage) {
        adaptersNeverTouchMongo(servicePackage, productionClassesOf(servicePackage));
    }

    public static void adaptersNeverTouchMongo(String servicePackage, JavaClasses classes) {
        DescribedPredicate<JavaClass> adapters =
                JavaClass.Predicates.resideInAnyPackage(servicePackage + "..web..", servicePackage + "..messaging..");
        for (String annotation : WEB_ANNOTATIONS) {
            adapters = adapters.or(CanBeAnnotated.Predicates.annotatedWith(annotation));
        }
        noClasses()
                .that(adapters.and(JavaClass.Predicates.resideInAPackage(servicePackage + "..")))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.bson..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /**
     * Only a feature's {@code mongo} adapter (its stores) uses MongoDB types, Spring Data's or the
     * driver's: application services, domain, web and messaging adapters, and the root's wiring speak the
     * feature's own types, so a store can change how it maps documents without their knowing.
     */
    public static void onlyMongoAdaptersTouchMongo(String servicePackage) {
        onlyMongoAdaptersTouchMongo(servicePackage, productionClassesOf(servicePackage));
    }

    public static void onlyMongoAdaptersTouchMongo(String servicePackage, JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackage(servicePackage + "..mongo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.data.mongodb..", "com.mongodb..", "org.bson..")
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Where HTTP's refusals may appear: controllers, their advice, and {@code web} packages. */
    private static final String[] WEB_ANNOTATIONS = {
        "org.springframework.web.bind.annotation.RestController",
        "org.springframework.stereotype.Controller",
        "org.springframework.web.bind.annotation.RestControllerAdvice",
        "org.springframework.web.bind.annotation.ControllerAdvice"
    };

    /**
     * Outside the web adapters (controllers, their advice, {@code web} packages) no class uses HTTP's
     * statuses, responses or problem documents, nor the kit's {@code ApiException}.
     */
    public static void onlyWebAdaptersSpeakHttp(String servicePackage) {
        onlyWebAdaptersSpeakHttp(servicePackage, productionClassesOf(servicePackage));
    }

    public static void onlyWebAdaptersSpeakHttp(String servicePackage, JavaClasses classes) {
        var rule = noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .and()
                .resideOutsideOfPackage(servicePackage + "..web..");
        for (String annotation : WEB_ANNOTATIONS) {
            rule = rule.and().areNotAnnotatedWith(annotation);
        }
        rule.should()
                .dependOnClassesThat(HasName.Predicates.nameMatching(
                        "org\\.springframework\\.http\\.(HttpStatus|HttpStatusCode|ResponseEntity|ProblemDetail)"
                                + "|org\\.wsis\\.servicekit\\.problem\\.ApiException"))
                .allowEmptyShould(false)
                .check(classes);
    }

    /** Controllers and their advice live in a {@code web} package (a feature's, or the service's shared one). */
    public static void controllersLiveInWebPackages(String servicePackage) {
        controllersLiveInWebPackages(servicePackage, productionClassesOf(servicePackage));
    }

    public static void controllersLiveInWebPackages(String servicePackage, JavaClasses classes) {
        DescribedPredicate<JavaClass> web = DescribedPredicate.alwaysFalse();
        for (String annotation : WEB_ANNOTATIONS) {
            web = web.or(CanBeAnnotated.Predicates.annotatedWith(annotation));
        }
        classes()
                .that(web.and(JavaClass.Predicates.resideInAPackage(servicePackage + ".."))
                        .as("are controllers or their advice"))
                .should()
                .resideInAPackage(servicePackage + "..web..")
                .allowEmptyShould(false)
                .check(classes);
    }

    private static final String CONSUMER = "java.util.function.Consumer";

    /** Declares a stream consumer: a {@code @Bean} method returning a {@code Consumer} (Spring Cloud Stream binds it). */
    private static final DescribedPredicate<JavaClass> DECLARES_A_STREAM_CONSUMER =
            new DescribedPredicate<>("declare a stream consumer (a @Bean returning a Consumer)") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getMethods().stream()
                            .anyMatch(m -> m.isAnnotatedWith("org.springframework.context.annotation.Bean")
                                    && m.getRawReturnType().getName().equals(CONSUMER));
                }
            };

    /**
     * The classes declaring stream consumers live in a {@code messaging} package and are named after the
     * stream they read, ending in {@code Stream}.
     */
    public static void streamConsumersLiveInMessagingPackages(String servicePackage) {
        streamConsumersLiveInMessagingPackages(servicePackage, productionClassesOf(servicePackage));
    }

    public static void streamConsumersLiveInMessagingPackages(String servicePackage, JavaClasses classes) {
        classes()
                .that(DECLARES_A_STREAM_CONSUMER.and(JavaClass.Predicates.resideInAPackage(servicePackage + "..")))
                .should()
                .resideInAPackage(servicePackage + "..messaging..")
                .andShould()
                .haveSimpleNameEndingWith("Stream")
                .allowEmptyShould(false)
                .check(classes);
    }

    private static final String OUTBOX_COLLECTIONS = "org.wsis.servicekit.outbox.OutboxCollections";

    /**
     * The collections whose documents carry events are declared in one place: a class of the service's
     * root package named {@code ...Outbox}, the only class that uses the kit's {@code OutboxCollections}.
     */
    public static void outboxIsDeclaredAtTheRoot(String servicePackage) {
        outboxIsDeclaredAtTheRoot(servicePackage, productionClassesOf(servicePackage));
    }

    public static void outboxIsDeclaredAtTheRoot(String servicePackage, JavaClasses classes) {
        DescribedPredicate<JavaClass> declaresOutbox = new DescribedPredicate<>("use " + OUTBOX_COLLECTIONS) {
            @Override
            public boolean test(JavaClass c) {
                return c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().equals(OUTBOX_COLLECTIONS));
            }
        };
        classes()
                .that(declaresOutbox.and(JavaClass.Predicates.resideInAPackage(servicePackage + "..")))
                .should()
                .resideInAPackage(servicePackage)
                .andShould()
                .haveSimpleNameEndingWith("Outbox")
                .allowEmptyShould(false)
                .check(classes);
    }

    /**
     * Calls that start a thread of one's own: {@code new Thread(...)}, {@code Thread.startVirtualThread},
     * a thread builder's {@code start} or {@code unstarted}. A builder's {@code factory()} for an executor's
     * pool is not one.
     */
    private static final DescribedPredicate<JavaClass> STARTS_THREADS =
            new DescribedPredicate<>(
                    "a class starting threads of its own (new Thread, Thread.startVirtualThread, a thread builder's start)") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getAccessesFromSelf().stream().anyMatch(call -> {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        return (owner.equals("java.lang.Thread")
                                        && List.of("<init>", "startVirtualThread")
                                                .contains(name))
                                || (owner.startsWith("java.lang.Thread$Builder")
                                        && List.of("start", "unstarted").contains(name));
                    });
                }
            };

    /**
     * Background work runs on the kit's {@code BackgroundLoop}, started and stopped by a {@code
     * SmartLifecycle} bean: no Spring scheduling ({@code @Scheduled}, {@code @EnableScheduling}) and no
     * thread started by hand. Pools of workers for one task (an executor) are not background work.
     */
    public static void backgroundWorkRunsOnTheKitsLoop(String servicePackage) {
        backgroundWorkRunsOnTheKitsLoop(servicePackage, productionClassesOf(servicePackage));
    }

    public static void backgroundWorkRunsOnTheKitsLoop(String servicePackage, JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage(servicePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.scheduling..")
                .orShould(com.tngtech.archunit.lang.conditions.ArchConditions.be(STARTS_THREADS))
                .allowEmptyShould(false)
                .check(classes);
    }
}
