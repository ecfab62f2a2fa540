/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** What every screen shares: background work, dialogs, errors as the user reads them. */
package org.vnsign.app.ui;
