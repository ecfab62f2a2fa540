/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** Where the signature block or the initial marks go, shown live on the pages and moved by hand. */
package org.vnsign.app.placement;
