/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.testsupport.softhsm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks tests that talk to a real PKCS#11 module (SoftHSM2). They run in every build; the README's
 * test command installs SoftHSM2 first. A missing SoftHSM2 fails them with the packages to install,
 * it never skips them silently.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("softhsm")
public @interface SoftHsmTest {}
