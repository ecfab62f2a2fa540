/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * USB tokens and smart cards through PKCS#11: the built-in table of Vietnamese vendors' modules,
 * probing, sessions, login and signing of digests.
 */
package org.vnsign.token.pkcs11;
