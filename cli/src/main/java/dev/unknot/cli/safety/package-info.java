/** {@code unknot safety}: the safety screen. */
package dev.unknot.cli.safety;
