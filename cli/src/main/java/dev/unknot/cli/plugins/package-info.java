/** Which plugins loaded, which failed and why. */
package dev.unknot.cli.plugins;
