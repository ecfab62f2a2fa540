/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

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

    /** iText stays behind one package, so the PDF library can change without touching callers. */
    public static final ArchRule ITEXT_ONLY_IN_SIGNER_PDF = noClasses()
            .that()
            .resideOutsideOfPackage("org.vnsign.signer.pdf..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.itextpdf..")
            .because("the signing API is free of PDF-library types (docs/decisions/0003)");

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
            .dependOnClassesThat()
            .resideInAnyPackage("org.vnsign.signer..", "org.vnsign.token..")
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
