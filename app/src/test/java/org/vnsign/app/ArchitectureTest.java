/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.vnsign.testsupport.arch.ArchitectureRules;
import org.vnsign.testsupport.arch.CommonRules;

@AnalyzeClasses(packages = "org.vnsign.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonRules.class);

    @ArchTest
    static final ArchRule views = ArchitectureRules.VIEWS_USE_VIEW_MODELS;

    @ArchTest
    static final ArchRule viewModels = ArchitectureRules.VIEW_MODELS_WITHOUT_SCENE_GRAPH;

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noPackageCycles("org.vnsign.app");
}
