/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The {@code vnsign} command line (picocli). */
package org.vnsign.app.cli;
