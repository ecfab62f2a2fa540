/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Making a signature: the pre-signing checks, the plan a user confirms, the incremental update
 * with the drawn widget, and the three-step hand-off to whatever produces the signature value (a
 * token, through the app's adapter). The engine registered for {@code DocumentSigners} lives here.
 */
package org.vnsign.signer.sign;
