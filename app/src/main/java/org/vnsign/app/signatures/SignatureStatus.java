/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.signatures;

/** The colour of a signature line: green, amber or red. */
public enum SignatureStatus {
    VALID,
    INDETERMINATE,
    INVALID,
    /**
     * Red: changed after signing in a way the rules do not allow, whatever the signature itself:
     * what is shown is not what was signed (a changed page, an unreadable tail, a file other
     * readers show differently).
     */
    MODIFIED,
    /**
     * Blue-grey: intact and valid only because this machine trusts its own DEMO root. Never green:
     * a DEMO signature has no legal value, and the headline says DEMO.
     */
    DEMO
}
