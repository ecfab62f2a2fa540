/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The signing API of VNSign, free of any PDF library's types: requests, appearances of Decree
 * 30/2020, the signature value source that a token or key file implements, plans and results.
 */
package org.vnsign.signer;
