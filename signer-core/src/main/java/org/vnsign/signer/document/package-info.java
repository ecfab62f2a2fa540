/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/**
 * The PDF file as signer-core reads it before any judgement: opening it (passwords, damage),
 * the bytes each revision and signature covers, signature dictionaries and their ByteRange checks,
 * signature field names, what a certification signature permits, and the DSS's validation data.
 */
package org.vnsign.signer.document;
