/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * What a signature looks like (Decree 30/2020 Appendix I): the lines of text, the signature image,
 * the seal and the initial mark, drawn into a rectangle that {@code layout} chose.
 */
package org.vnsign.signer.appearance;
