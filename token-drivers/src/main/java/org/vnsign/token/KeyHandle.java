/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.token;

/**
 * Names one private key on a token without exposing it. For PKCS#11 it is the key's CKA_ID (in hex)
 * and label; for key-store files, the alias.
 *
 * @param id stable identifier within the token (hex CKA_ID or alias)
 * @param label human-readable label
 */
public record KeyHandle(String id, String label) {}
