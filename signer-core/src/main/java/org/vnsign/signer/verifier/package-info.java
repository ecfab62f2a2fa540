/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The verifier behind {@code DocumentVerifiers}: reads the file ({@code document}), follows its
 * revisions ({@code revisions}), judges each signature ({@code judging}) and writes the report
 * records of the {@code verify} API.
 */
package org.vnsign.signer.verifier;
