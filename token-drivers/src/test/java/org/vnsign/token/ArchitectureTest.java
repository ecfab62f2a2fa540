/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.vnsign.testsupport.arch.ArchitectureRules;
import org.vnsign.testsupport.arch.CommonRules;

@AnalyzeClasses(packages = "org.vnsign.token", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonRules.class);

    @ArchTest
    static final ArchRule independent = ArchitectureRules.TOKEN_DRIVERS_STAY_INDEPENDENT;

    @ArchTest
    static final ArchRule jna = ArchitectureRules.JNA_ONLY_IN_PKCS11_DRIVER;

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noPackageCycles("org.vnsign.token");
}
