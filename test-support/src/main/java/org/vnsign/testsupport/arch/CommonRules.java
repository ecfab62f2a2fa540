/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.arch;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules every module applies; include with {@code @ArchTest ArchTests common = ArchTests.in(CommonRules.class)}. */
public final class CommonRules {
    @ArchTest
    public static final ArchRule NO_JAVA_UTIL_LOGGING = ArchitectureRules.NO_JAVA_UTIL_LOGGING;

    @ArchTest
    public static final ArchRule NO_STANDARD_STREAMS = ArchitectureRules.NO_STANDARD_STREAMS;

    @ArchTest
    public static final ArchRule NO_GENERIC_EXCEPTIONS = ArchitectureRules.NO_GENERIC_EXCEPTIONS;

    @ArchTest
    public static final ArchRule NO_LOGBACK_OUTSIDE_APP_LOGGING = ArchitectureRules.NO_LOGBACK_OUTSIDE_APP_LOGGING;

    private CommonRules() {}
}
