/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer.verify;

/**
 * ETSI EN 319 102-1 sub-indications, by the names EU DSS and other validators print, so a report
 * can be compared with theirs line by line.
 */
public enum SubIndication {
    FORMAT_FAILURE,
    HASH_FAILURE,
    SIG_CRYPTO_FAILURE,
    REVOKED,
    SIG_CONSTRAINTS_FAILURE,
    CHAIN_CONSTRAINTS_FAILURE,
    CRYPTO_CONSTRAINTS_FAILURE,
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    EXPIRED,
    NOT_YET_VALID,
    NO_SIGNING_CERTIFICATE_FOUND,
    NO_CERTIFICATE_CHAIN_FOUND,
    REVOKED_NO_POE,
    REVOKED_CA_NO_POE,
    OUT_OF_BOUNDS_NO_POE,
    OUT_OF_BOUNDS_NOT_REVOKED,
    NO_POE,
    TRY_LATER,
    SIGNED_DATA_NOT_FOUND
}
