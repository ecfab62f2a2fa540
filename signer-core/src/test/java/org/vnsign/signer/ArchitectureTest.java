/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.vnsign.testsupport.arch.ArchitectureRules;
import org.vnsign.testsupport.arch.CommonRules;

@AnalyzeClasses(packages = "org.vnsign.signer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonRules.class);

    @ArchTest
    static final ArchRule independent = ArchitectureRules.SIGNER_CORE_STAYS_INDEPENDENT;

    @ArchTest
    static final ArchRule apiFreeOfLibraries = ArchitectureRules.SIGNER_API_FREE_OF_LIBRARIES;

    @ArchTest
    static final ArchRule pkiFreeOfPdf = ArchitectureRules.PKI_AND_JUDGING_FREE_OF_PDF;

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noPackageCycles("org.vnsign.signer");
}
