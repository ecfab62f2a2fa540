/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The PKI half of verification, free of any PDF library: CMS integrity, certificate paths to the
 * trust anchors, revocation evidence, time-stamps, and the ETSI EN 319 102-1 verdict they add up
 * to. The PDF half ({@code org.vnsign.signer.pdf}) hands over the signed bytes and the file's
 * validation data.
 */
package org.vnsign.signer.validation;
