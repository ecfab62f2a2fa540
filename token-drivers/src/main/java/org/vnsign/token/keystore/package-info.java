/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Tokens backed by a JCA key store (PKCS#12 files, the Windows certificate store). */
package org.vnsign.token.keystore;
