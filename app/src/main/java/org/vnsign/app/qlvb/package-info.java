/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The document system (QLVB): its documents, downloads, and uploads in the VNSign and VGCA styles. */
package org.vnsign.app.qlvb;
