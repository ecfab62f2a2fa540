/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** PKCS#12 key-store files as tokens. */
package org.vnsign.token.pkcs12;
