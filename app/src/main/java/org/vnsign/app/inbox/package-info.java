/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Documents waiting to be signed: from the QLVB server and from the local inbox folder. */
package org.vnsign.app.inbox;
