/*
 * VNSign - PDF signing for Vietnamese public officials.
 * SPDX-License-Identifier: AGPL-3.0-only
 */
package org.vnsign.app.cli;

import picocli.CommandLine.Mixin;

/** A subcommand that works with tokens: the module options on top of {@link Subcommand}. */
abstract class TokenSubcommand extends Subcommand {
    @Mixin
    ModuleOptions moduleOptions;
}
