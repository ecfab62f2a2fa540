/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/** Why a certificate on a token is not a good choice for signing documents right now. */
public enum CertificateFlag {
    EXPIRED,
    NOT_YET_VALID,
    /** The key usage allows neither digitalSignature nor nonRepudiation. */
    NOT_FOR_SIGNING
}
