/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * Verification of signed PDFs: what each signature proves (ETSI EN 319 102-1 indications), what
 * changed after it, and one sentence a person reads first. The report objects here are what the
 * command line prints as JSON and what the desktop app shows.
 */
package org.vnsign.signer.verify;
