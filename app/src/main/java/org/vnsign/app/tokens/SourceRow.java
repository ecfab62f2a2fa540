/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.tokens;

/** One probed key source for the diagnostics panel: what a support person needs to see. */
public record SourceRow(String kind, String location, String vendor, String state, String detail) {}
