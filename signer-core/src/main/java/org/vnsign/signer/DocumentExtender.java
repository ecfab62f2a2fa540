/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

/**
 * Adds long-term validation data and document time-stamps to the signatures already in a PDF,
 * ours or anyone's, as incremental updates that leave them valid. Re-running at B-LTA on a B-LTA
 * file adds the data for the last archive time-stamp and a new one over it: the renewal that keeps
 * a file verifiable after the time-stamp's algorithms or certificates age.
 */
public interface DocumentExtender {
    /**
     * Writes the extended file, or nothing: when a server fails the error says which level was
     * reached in memory and why.
     */
    ExtendResult extend(ExtendRequest request) throws SignerException;
}
