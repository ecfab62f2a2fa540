/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The Windows certificate store as a token. Untested on a real Windows machine so far. */
package org.vnsign.token.mscapi;
