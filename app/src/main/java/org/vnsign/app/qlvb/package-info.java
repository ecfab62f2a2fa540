/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Back to the document system (QLVB): VGCA-style upload, and the outbox that never loses a signed file. */
package org.vnsign.app.qlvb;
