/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
/** The user's profile and preferences: stored per user, edited in the settings dialog. */
package org.vnsign.app.settings;
