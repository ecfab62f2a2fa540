/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.signer;

import java.nio.file.Path;

/**
 * A signed file.
 *
 * @param plan what was signed, and where
 * @param output the file written
 * @param fieldName the signature field's name in the PDF
 * @param reservedBytes space reserved for the CMS container, sized from the chain and time-stamp
 * @param level the PAdES level the file reached: the one asked for, or signing failed
 */
public record SignResult(SigningPlan plan, Path output, String fieldName, int reservedBytes, SignatureLevel level) {}
