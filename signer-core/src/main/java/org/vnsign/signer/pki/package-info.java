/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Certificates as a PKI sees them: paths from a signer to a trust anchor, revocation data and
 * who may sign it, and distinguished names as people read them. Free of any PDF library.
 */
package org.vnsign.signer.pki;
