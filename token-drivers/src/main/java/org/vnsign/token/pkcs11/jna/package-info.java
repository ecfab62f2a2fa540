/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * A thin JNA binding to the parts of PKCS#11 v2.40 VNSign uses. Why our own binding rather than
 * SunPKCS11 is recorded in {@code docs/decisions/0002-pkcs11-through-jna.md}.
 */
package org.vnsign.token.pkcs11.jna;
