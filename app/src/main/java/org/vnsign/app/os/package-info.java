/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The few places VNSign runs a system command: trust stores, login items, URL schemes. */
package org.vnsign.app.os;
