/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * What one signature proves (ETSI EN 319 102-1): CMS integrity, the signature value for every
 * algorithm in use, the signer's path and revocation at the proven time, and the verdict and the
 * one sentence a person reads first. Free of any PDF library.
 */
package org.vnsign.signer.judging;
