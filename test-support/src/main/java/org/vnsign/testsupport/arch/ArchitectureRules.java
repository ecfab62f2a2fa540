/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Architecture rules shared by every module (the JabRef pattern): each module has a small test
 * class that applies the rules that concern it. Every rule says why.
 *
 * <p>Exceptions go through an annotation named {@code AllowedToUse} on the class, with a mandatory
 * reason; the rules skip classes that carry it.
 */
public final class ArchitectureRules {
    private static final DescribedPredicate<JavaClass> ALLOWED =
            DescribedPredicate.describe("annotated with @AllowedToUse", javaClass -> javaClass.getAnnotations().stream()
                    .anyMatch(a -> a.getRawType().getSimpleName().equals("AllowedToUse")));

    private ArchitectureRules() {}

    public static final ArchRule NO_JAVA_UTIL_LOGGING =
            GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
                    "VNSign logs through SLF4J only, so one configuration controls all output");

    public static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that(DescribedPredicate.not(ALLOWED))
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("libraries log through SLF4J; only the CLI's console classes may print");

    public static final ArchRule NO_GENERIC_EXCEPTIONS =
            GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because(
                    "every failure carries a typed exception with an error code the UI can translate");

    public static final ArchRule NO_LOGBACK_OUTSIDE_APP_LOGGING = noClasses()
            .that()
            .resideOutsideOfPackage("org.vnsign.app.logging..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ch.qos.logback..")
            .because("only the app's logging set-up knows the SLF4J binding");

    /** token-drivers: no UI, no PDF, no other VNSign module. */
    public static final ArchRule TOKEN_DRIVERS_STAY_INDEPENDENT = noClasses()
            .that()
            .resideInAPackage("org.vnsign.token..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "javax.swing..",
                    "java.awt..",
                    "org.vnsign.app..",
                    "org.vnsign.signer..",
                    "com.itextpdf..",
                    "org.apache.pdfbox..")
            .because(
                    "token-drivers signs digests for any caller; the app holds the one adapter to signer-core (docs/decisions/0001)");

    /** signer-core: no UI, no token access, no other VNSign module. */
    public static final ArchRule SIGNER_CORE_STAYS_INDEPENDENT = noClasses()
            .that()
            .resideInAPackage("org.vnsign.signer..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "javax.swing..", "java.awt..", "org.vnsign.app..", "org.vnsign.token..")
            .because("signer-core takes the signature value through its own interface; the app adapts tokens to it"
                    + " (docs/decisions/0001)");

    /**
     * The API packages of signer-core name no PDF or crypto library type: callers (the app, the
     * bench) see VNSign's own records, and the libraries behind them can change (docs/decisions/0003).
     */
    public static final ArchRule SIGNER_API_FREE_OF_LIBRARIES = noClasses()
            .that()
            .resideInAnyPackage("org.vnsign.signer", "org.vnsign.signer.verify")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.itextpdf..", "org.apache.pdfbox..", "org.bouncycastle..")
            .because("the signing and verification API is free of library types (docs/decisions/0003)");

    /** The PKI and judging packages work on certificates and CMS, never on a PDF. */
    public static final ArchRule PKI_AND_JUDGING_FREE_OF_PDF = noClasses()
            .that()
            .resideInAnyPackage("org.vnsign.signer.pki..", "org.vnsign.signer.judging..", "org.vnsign.signer.online..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.itextpdf..", "org.apache.pdfbox..")
            .because("what a signature proves does not depend on the PDF library that found it");

    /**
     * No package cycles in a module: each package of {@code base} (and {@code base} itself) is a
     * slice, and the arrows between slices must form a tree a newcomer can read top-down.
     */
    public static ArchRule noPackageCycles(String base) {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        if (name.equals(base)) {
                            return SliceIdentifier.of("(root)");
                        }
                        if (name.startsWith(base + ".")) {
                            return SliceIdentifier.of(
                                    name.substring(base.length() + 1).split("\\.")[0]);
                        }
                        return SliceIdentifier.ignore();
                    }

                    @Override
                    public String getDescription() {
                        return "packages of " + base;
                    }
                })
                .should()
                .beFreeOfCycles()
                .because("a package cycle means no package can be read, tested or moved on its own");
    }

    /** Only the PKCS#11 driver touches JNA, and only its jna package holds native structures. */
    public static final ArchRule JNA_ONLY_IN_PKCS11_DRIVER = noClasses()
            .that()
            .resideOutsideOfPackage("org.vnsign.token.pkcs11..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.sun.jna..")
            .because("native calls stay behind the PKCS#11 driver");

    /** app: views never touch the core modules; view models never touch the scene graph. */
    public static final ArchRule VIEWS_USE_VIEW_MODELS = noClasses()
            .that()
            .haveSimpleNameEndingWith("View")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "reside in the core modules (other than the SignatureKind enum a view labels its buttons by)",
                    javaClass -> (javaClass.getPackageName().startsWith("org.vnsign.signer")
                                    || javaClass.getPackageName().startsWith("org.vnsign.token"))
                            && !javaClass.getName().equals("org.vnsign.signer.SignatureKind")))
            .because("views bind to view models; only view models and services call the core modules")
            .allowEmptyShould(true);

    public static final ArchRule VIEW_MODELS_WITHOUT_SCENE_GRAPH = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without starting JavaFX")
            .allowEmptyShould(true);
}
