/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Key sources for VNSign: find tokens, describe them, log in, list certificates and sign digests.
 * Independent of PDF signing (signer-core) and of any UI; the app wires them together.
 */
package org.vnsign.token;
