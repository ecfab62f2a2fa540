/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** A private SoftHSM2 with fresh tokens for each test run. */
package org.vnsign.testsupport.softhsm;
