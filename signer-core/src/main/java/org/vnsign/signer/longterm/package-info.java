/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The long-term levels (PAdES B-T, B-LT, B-LTA): time-stamps on the signature and on the
 * document, and the validation data written into the DSS; also extending a signed file later.
 */
package org.vnsign.signer.longterm;
