/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

/**
 * What an uploader needs to send one signed file: where it goes, the name the server sees, and
 * the key that makes a repeated send of the same file harmless (the server stores it once).
 */
public record Upload(Destination destination, String fileName, String idempotencyKey) {}
