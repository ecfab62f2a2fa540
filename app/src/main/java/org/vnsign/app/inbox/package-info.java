/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Documents waiting to be signed: the local-folder inbox. */
package org.vnsign.app.inbox;
