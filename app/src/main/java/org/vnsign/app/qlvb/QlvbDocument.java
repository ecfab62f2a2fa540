/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.qlvb;

/**
 * A document the QLVB server says waits for this user ({@code docs/qlvb-api.yaml}, {@code Document}).
 *
 * @param action initial, approve, issue, annex or copy
 * @param documentNumber "số, ký hiệu" for issue, annex and copy; empty otherwise
 */
public record QlvbDocument(String id, String title, String action, String fileName, String documentNumber) {}
