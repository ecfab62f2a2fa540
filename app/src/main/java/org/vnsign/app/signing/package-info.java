/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Where tokens meet the signing engine: the adapter, certificate choice, batches. */
package org.vnsign.app.signing;
