/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** VNSign's application: the command line now, the desktop app, QLVB connector and bridge later. */
package org.vnsign.app;
